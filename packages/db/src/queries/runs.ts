import {
  type ImportKind,
  type ImportRun,
  type ListImportsInput,
  type RunEvent,
  type RunEventData,
  type RunStats,
  type RunStatus,
  runStatsSchema,
} from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

const runColumns = (db: Db) =>
  db
    .selectFrom('importRuns as r')
    .innerJoin('suppliers as s', 's.id', 'r.supplierId')
    .select([
      'r.id',
      'r.supplierId',
      's.name as supplierName',
      'r.kind',
      'r.status',
      'r.reason',
      'r.progressDone',
      'r.progressTotal',
      'r.stats',
      'r.createdAt',
      'r.startedAt',
      'r.finishedAt',
    ]);

type RunRow = Awaited<ReturnType<ReturnType<typeof runColumns>['executeTakeFirstOrThrow']>>;
const toRun = (row: RunRow): ImportRun => {
  const stats = runStatsSchema.safeParse(row.stats);
  return {
    ...row,
    kind: row.kind as ImportKind,
    status: row.status as RunStatus,
    stats: stats.success ? stats.data : null,
  };
};

/** Records what a run changed; shown in the run history. */
export async function saveRunStats(db: Db, runId: string, stats: RunStats): Promise<void> {
  await db
    .updateTable('importRuns')
    .set({ stats: JSON.stringify(stats) })
    .where('id', '=', runId)
    .execute();
}

export async function createRun(
  db: Db,
  input: {
    supplierId: string;
    kind: ImportKind;
    params?: Record<string, unknown>;
    requestedBy?: string | null;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('importRuns')
    .values({
      supplierId: input.supplierId,
      kind: input.kind,
      params: JSON.stringify(input.params ?? {}),
      requestedBy: input.requestedBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findRun(db: Db, id: string): Promise<ImportRun | undefined> {
  const row = await runColumns(db).where('r.id', '=', id).executeTakeFirst();
  return row && toRun(row);
}

/** Newest first, paged with a (createdAt, id) keyset so pages stay stable while runs are added. */
export async function listRuns(db: Db, input: ListImportsInput) {
  let query = runColumns(db)
    .orderBy('r.createdAt', 'desc')
    .orderBy('r.id', 'desc')
    .limit(input.limit + 1);
  if (input.supplierId) query = query.where('r.supplierId', '=', input.supplierId);
  if (input.activeOnly) query = query.where('r.status', 'in', ['queued', 'running']);
  if (input.cursor) {
    // Compared in SQL against the cursor row itself: a JS Date would drop the microseconds of created_at.
    query = query.where(
      sql<boolean>`(r.created_at, r.id) < (SELECT created_at, id FROM import_runs WHERE id = ${input.cursor})`,
    );
  }
  const rows = (await query.execute()).map(toRun);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? last.id : null,
  };
}

/**
 * Appends one event to a run and applies it to the run row, in one transaction. The run row is locked while
 * its counter advances, so seq values are gap-free and commit in order even with several writers.
 */
export async function appendRunEvent(db: Db, runId: string, data: RunEventData): Promise<RunEvent> {
  return db.transaction().execute(async (trx) => {
    const status = data.type === 'status' ? data.status : undefined;
    const { eventSeq } = await trx
      .updateTable('importRuns')
      .set((eb) => ({
        eventSeq: eb('eventSeq', '+', 1),
        ...(data.type === 'progress' ? { progressDone: data.done, progressTotal: data.total } : {}),
        ...(status
          ? {
              status,
              reason: data.type === 'status' ? data.reason : null,
              ...(status === 'running'
                ? { startedAt: sql`coalesce(started_at, now())`, finishedAt: null }
                : {}),
              ...(status === 'queued' ? { finishedAt: null } : {}),
              ...(['succeeded', 'failed', 'cancelled'].includes(status) ? { finishedAt: sql`now()` } : {}),
            }
          : {}),
      }))
      .where('id', '=', runId)
      .returning('eventSeq')
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('importRunEvents')
      .values({ runId, seq: eventSeq, data: JSON.stringify(data) as unknown as RunEventData })
      .returning(['runId', 'seq', 'at', 'data'])
      .executeTakeFirstOrThrow();
    return row;
  });
}

export async function listRunEvents(db: Db, runId: string, afterSeq = 0, limit = 1000): Promise<RunEvent[]> {
  return db
    .selectFrom('importRunEvents')
    .select(['runId', 'seq', 'at', 'data'])
    .where('runId', '=', runId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

/**
 * Records a cancel request for an active run. Returns the run's status at that moment, or null when the run is
 * not active (already ended) or was already asked to stop.
 */
export async function requestRunCancel(db: Db, runId: string, userId: string | null) {
  const row = await db
    .updateTable('importRuns')
    .set({ cancelRequestedAt: sql`now()`, cancelRequestedBy: userId })
    .where('id', '=', runId)
    .where('status', 'in', ['queued', 'running'])
    .where('cancelRequestedAt', 'is', null)
    .returning('status')
    .executeTakeFirst();
  return (row?.status as RunStatus | undefined) ?? null;
}

export async function isRunCancelRequested(db: Db, runId: string): Promise<boolean> {
  const row = await db
    .selectFrom('importRuns')
    .select('cancelRequestedAt')
    .where('id', '=', runId)
    .executeTakeFirst();
  return Boolean(row?.cancelRequestedAt);
}

/** The parameters a run was started with (validated by the caller against its kind's schema). */
export async function findRunParams(db: Db, runId: string): Promise<unknown> {
  const row = await db.selectFrom('importRuns').select('params').where('id', '=', runId).executeTakeFirst();
  return row?.params;
}
