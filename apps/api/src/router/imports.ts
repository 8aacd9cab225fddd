import {
  evidenceIdInputSchema,
  importRunSchema,
  isFinalRunStatus,
  JOB_FOR_IMPORT,
  listImportsInputSchema,
  listImportsOutputSchema,
  type RunEvent,
  type RunEvidence,
  runEventsInputSchema,
  runEvidenceContentSchema,
  runEvidenceSchema,
  runIdInputSchema,
  startImportInputSchema,
} from '@syncar/contracts';
import {
  createRun,
  findRun,
  findRunEvidence,
  findSupplier,
  listRunEvents,
  listRunEvidence,
  listRuns,
  requestRunCancel,
  saveCategorySelection,
} from '@syncar/db';
import { enqueueJob, recordRunEvent } from '@syncar/queue';
import { tracked } from '@trpc/server';
import { z } from 'zod';
import type { Context } from '../context';
import { isUniqueViolation } from '../lib/errors';
import { LiveQueue } from '../lib/live-queue';
import { audit, principalOf, procedure, router, TRPCError } from '../trpc';

/** Without a live event for this long, the subscription re-reads PostgreSQL in case Redis dropped one. */
const RECHECK_AFTER_MS = 3_000;

const KIND_LABEL = { categories: 'categorías', products: 'productos' } as const;

async function requireRun(ctx: Context, runId: string) {
  const run = await findRun(ctx.db, runId);
  if (!run) throw new TRPCError({ code: 'NOT_FOUND', message: 'La importación no existe' });
  return run;
}

type RunEvidenceRow = Awaited<ReturnType<typeof listRunEvidence>>[number];

/** A row as the UI sees it: what kind of evidence, never the content type the worker stored. */
function describeEvidence(row: RunEvidenceRow): RunEvidence {
  const { contentType, ...rest } = row;
  return { ...rest, kind: contentType.startsWith('image/') ? 'screenshot' : 'html' };
}

const isFinalEvent = (event: RunEvent) => event.data.type === 'status' && isFinalRunStatus(event.data.status);

export const importsRouter = router({
  start: procedure('imports:run')
    .meta({
      openapi: {
        method: 'POST',
        path: '/runs',
        tags: ['Importaciones'],
        summary: 'Iniciar una importación de categorías o de productos',
        protect: true,
      },
    })
    .input(startImportInputSchema)
    .output(importRunSchema)
    .mutation(async ({ ctx, input }) => {
      const supplier = await findSupplier(ctx.db, input.supplierId);
      if (!supplier) throw new TRPCError({ code: 'NOT_FOUND', message: 'El proveedor no existe' });
      if (!supplier.enabled) {
        throw new TRPCError({ code: 'PRECONDITION_FAILED', message: `${supplier.name} está desactivado` });
      }
      if (!supplier.credentialsSet) {
        throw new TRPCError({
          code: 'PRECONDITION_FAILED',
          message: `${supplier.name} no tiene credenciales configuradas`,
        });
      }
      let params: Record<string, unknown> = {};
      if (input.kind === 'products') {
        const categoryIds = await saveCategorySelection(ctx.db, supplier.id, input.categoryIds);
        if (categoryIds.length === 0) {
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: 'Ninguna de las categorías elegidas es de este proveedor',
          });
        }
        params = { categoryIds };
      }
      let runId: string;
      try {
        runId = await createRun(ctx.db, {
          supplierId: supplier.id,
          kind: input.kind,
          params,
          requestedBy: principalOf(ctx).userId,
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new TRPCError({
            code: 'CONFLICT',
            message: `Ya hay una importación de ${KIND_LABEL[input.kind]} en curso para ${supplier.name}`,
          });
        }
        throw error;
      }
      await audit(
        ctx,
        'import.started',
        { type: 'run', id: runId },
        { supplier: supplier.name, kind: input.kind },
      );
      const publishFailed = (err: unknown) => ctx.logger.warn({ err, runId }, 'run event not published');
      await recordRunEvent(
        ctx.db,
        ctx.events,
        runId,
        { type: 'status', status: 'queued', reason: null },
        publishFailed,
      );
      try {
        await enqueueJob(ctx.queues, JOB_FOR_IMPORT[input.kind], { runId }, { jobId: runId });
      } catch (error) {
        ctx.logger.error({ err: error, runId }, 'could not enqueue run');
        await recordRunEvent(ctx.db, ctx.events, runId, {
          type: 'status',
          status: 'failed',
          reason: 'La cola de trabajos no está disponible (Redis)',
        }).catch(() => {});
        throw new TRPCError({
          code: 'SERVICE_UNAVAILABLE',
          message: 'La cola de trabajos no está disponible; inténtalo de nuevo en un momento',
        });
      }
      return requireRun(ctx, runId);
    }),

  /**
   * Stops a run: a queued one is taken off the queue at once; a running one is told to stop, through Redis,
   * on whichever worker runs it (within seconds). What it already stored stays.
   */
  cancel: procedure('imports:cancel')
    .meta({
      openapi: {
        method: 'POST',
        path: '/runs/{runId}/cancel',
        tags: ['Importaciones'],
        summary: 'Cancelar una importación en cola o en curso',
        protect: true,
      },
    })
    .input(runIdInputSchema)
    .output(importRunSchema)
    .mutation(async ({ ctx, input }) => {
      const run = await requireRun(ctx, input.runId);
      const status = await requestRunCancel(ctx.db, run.id, principalOf(ctx).userId);
      if (!status) {
        if (isFinalRunStatus(run.status)) {
          throw new TRPCError({ code: 'CONFLICT', message: 'La importación ya terminó' });
        }
        return run; // already asked to stop
      }
      await audit(
        ctx,
        'import.cancelled',
        { type: 'run', id: run.id },
        { supplier: run.supplierName, kind: run.kind },
      );
      const job = status === 'queued' ? await ctx.queues.imports.getJob(run.id) : undefined;
      const removed = job
        ? await job.remove().then(
            () => true,
            () => false,
          )
        : false;
      if (removed) {
        await recordRunEvent(ctx.db, ctx.events, run.id, {
          type: 'status',
          status: 'cancelled',
          reason: 'cancelled before it started',
        });
      } else {
        await ctx.control.requestCancel(run.id).catch((err: unknown) => {
          ctx.logger.warn(
            { err, runId: run.id },
            'cancel not published; the worker will see it in PostgreSQL',
          );
        });
      }
      return requireRun(ctx, run.id);
    }),

  get: procedure('imports:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/runs/{runId}',
        tags: ['Importaciones'],
        summary: 'Estado y progreso de una importación',
        protect: true,
      },
    })
    .input(runIdInputSchema)
    .output(importRunSchema)
    .query(({ ctx, input }) => requireRun(ctx, input.runId)),

  /** What the portal showed where the run failed; the content itself is fetched one piece at a time. */
  evidence: procedure('imports:read')
    .input(runIdInputSchema)
    .output(z.array(runEvidenceSchema))
    .query(async ({ ctx, input }) => {
      await requireRun(ctx, input.runId);
      return (await listRunEvidence(ctx.db, input.runId)).map(describeEvidence);
    }),

  evidenceContent: procedure('imports:read')
    .input(evidenceIdInputSchema)
    .output(runEvidenceContentSchema)
    .query(async ({ ctx, input }) => {
      const row = await findRunEvidence(ctx.db, input.evidenceId);
      if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'La evidencia no existe' });
      const evidence = describeEvidence(row);
      return {
        ...evidence,
        html: evidence.kind === 'html' ? row.body.toString('utf8') : null,
        screenshotDataUrl:
          evidence.kind === 'screenshot' ? `data:image/png;base64,${row.body.toString('base64')}` : null,
      };
    }),

  list: procedure('imports:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/runs',
        tags: ['Importaciones'],
        summary: 'Importaciones recientes, la más nueva primero',
        protect: true,
      },
    })
    .input(listImportsInputSchema)
    .output(listImportsOutputSchema)
    .query(({ ctx, input }) => listRuns(ctx.db, input)),

  /**
   * Every event of a run, then live ones until the run ends. Subscribes to Redis before reading PostgreSQL so
   * nothing falls between the two; `lastEventId` (the seq) resumes without loss or repeats after a reconnect.
   */
  events: procedure('imports:read')
    .input(runEventsInputSchema)
    .subscription(async function* ({ ctx, input, signal }) {
      await requireRun(ctx, input.runId);
      let last = Number(input.lastEventId ?? 0);
      const live = new LiveQueue<RunEvent>();
      const unsubscribe = await ctx.events.subscribe(input.runId, (event) => live.push(event));
      try {
        const catchUp = async function* () {
          for (;;) {
            const batch = await listRunEvents(ctx.db, input.runId, last, 500);
            for (const event of batch) yield event;
            if (batch.length < 500) return;
          }
        };
        let ended = false;
        for await (const event of catchUp()) {
          last = event.seq;
          yield tracked(String(event.seq), event);
          if (isFinalEvent(event)) ended = true;
        }
        while (!ended && !signal?.aborted) {
          const event = await live.next(RECHECK_AFTER_MS, signal);
          if (signal?.aborted) break;
          if (event && event.seq <= last) continue;
          if (event && event.seq === last + 1) {
            last = event.seq;
            yield tracked(String(event.seq), event);
            ended = isFinalEvent(event);
            continue;
          }
          // A gap, or a quiet spell: PostgreSQL has every event, read what we have not sent.
          for await (const missed of catchUp()) {
            last = missed.seq;
            yield tracked(String(missed.seq), missed);
            if (isFinalEvent(missed)) ended = true;
          }
        }
      } finally {
        await unsubscribe();
      }
    }),
});
