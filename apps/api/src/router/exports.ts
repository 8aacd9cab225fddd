import {
  catalogExportSchema,
  DIRECT_EXPORT_MAX_ROWS,
  EXPORT_JOBS,
  exportIdInputSchema,
  listExportsInputSchema,
  startExportInputSchema,
} from '@syncar/contracts';
import {
  countCatalogView,
  createExport,
  describeExport,
  failExport,
  findExport,
  listExports,
} from '@syncar/db';
import { z } from 'zod';
import type { Context } from '../context';
import { principalOf, procedure, router, TRPCError } from '../trpc';

/** The caller's own export; anyone else's is as good as missing. */
export async function requireOwnExport(ctx: Context, exportId: string) {
  const record = await findExport(ctx.db, exportId);
  if (!record || record.requestedBy !== principalOf(ctx).userId) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'La exportación no existe' });
  }
  return record;
}

export const exportsRouter = router({
  /**
   * Exports the filtered catalog view. Up to DIRECT_EXPORT_MAX_ROWS rows it is ready at once and streams from
   * PostgreSQL when downloaded; a larger one is written to a file by a worker (follow it with `get`).
   */
  start: procedure('catalog:export')
    .meta({
      openapi: {
        method: 'POST',
        path: '/exports',
        tags: ['Exportaciones'],
        summary: 'Exportar la vista filtrada del catálogo (CSV o XLSX)',
        protect: true,
      },
    })
    .input(startExportInputSchema)
    .output(catalogExportSchema)
    .mutation(async ({ ctx, input }) => {
      const count = await countCatalogView(ctx.db, input.filters, DIRECT_EXPORT_MAX_ROWS + 1);
      if (count === 0) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'No hay productos que exportar con estos filtros',
        });
      }
      const mode = count <= DIRECT_EXPORT_MAX_ROWS ? 'direct' : 'job';
      const record = await createExport(ctx.db, {
        ...input,
        mode,
        rowsTotal: mode === 'direct' ? count : null,
        requestedBy: principalOf(ctx).userId,
        clientIp: ctx.client.ip,
        userAgent: ctx.client.userAgent,
      });
      if (mode === 'job') {
        const spec = EXPORT_JOBS['export-catalog'];
        try {
          await ctx.queues[spec.queue].add('export-catalog', spec.payload.parse({ exportId: record.id }), {
            jobId: record.id,
          });
        } catch (error) {
          ctx.logger.error({ err: error, exportId: record.id }, 'could not enqueue export');
          await failExport(ctx.db, record.id, 'La cola de trabajos no está disponible (Redis)');
          throw new TRPCError({
            code: 'SERVICE_UNAVAILABLE',
            message: 'La cola de trabajos no está disponible; inténtalo de nuevo en un momento',
          });
        }
      }
      return describeExport(record);
    }),

  get: procedure('catalog:export')
    .meta({
      openapi: {
        method: 'GET',
        path: '/exports/{exportId}',
        tags: ['Exportaciones'],
        summary: 'Estado de una exportación y su ruta de descarga',
        protect: true,
      },
    })
    .input(exportIdInputSchema)
    .output(catalogExportSchema)
    .query(async ({ ctx, input }) => describeExport(await requireOwnExport(ctx, input.exportId))),

  /** The caller's recent exports, newest first (expired ones included, without a link). */
  list: procedure('catalog:export')
    .input(listExportsInputSchema)
    .output(z.array(catalogExportSchema))
    .query(async ({ ctx, input }) =>
      (await listExports(ctx.db, principalOf(ctx).userId, input.limit)).map(describeExport),
    ),
});
