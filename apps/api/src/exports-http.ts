import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import {
  type ExportRecord,
  exportAuditRecord,
  exportTableColumns,
  findExport,
  recordAudit,
  streamCatalogExport,
} from '@syncar/db';
import { createTableWriter, type ExportFileStore, TABLE_CONTENT_TYPES } from '@syncar/storage/exports';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { Context } from './context';
import { appRouter } from './router';
import { createCallerFactory } from './trpc';

const DOWNLOAD_PATH = /^\/exports\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/download$/;
const createCaller = createCallerFactory(appRouter);

/** The client went away mid-download: stop reading PostgreSQL. */
class DownloadAborted extends Error {}

function sendError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { message } }));
}

function fileHeaders(record: ExportRecord) {
  return {
    'content-type': TABLE_CONTENT_TYPES[record.format],
    'content-disposition': `attachment; filename="${record.fileName}"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
}

export interface ExportDownloadOptions {
  /** The tRPC context of the request: the same cookie and session checks as every procedure. */
  createContext(req: IncomingMessage): Promise<Context>;
  files: ExportFileStore;
}

/**
 * GET /exports/<id>/download. Who may download is decided by `exports.get` itself (called in-process with the
 * request's own context: session re-read, `catalog:export`, the caller's own export), so there is no second
 * auth path. A direct export streams from PostgreSQL into the response, batch by batch, waiting for the client;
 * a job's file is streamed from disk.
 */
export function createExportDownloadHandler({ createContext, files }: ExportDownloadOptions) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET') {
      res.setHeader('allow', 'GET');
      return sendError(res, 405, 'Método no permitido');
    }
    const match = DOWNLOAD_PATH.exec(path);
    if (!match) return sendError(res, 404, 'La exportación no existe');
    const ctx = await createContext(req);
    let status: string;
    try {
      ({ status } = await createCaller(ctx).exports.get({ exportId: match[1]! }));
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      return sendError(res, getHTTPStatusCodeFromError(error), error.message);
    }
    const record = (await findExport(ctx.db, match[1]!))!;
    if (status === 'expired') return sendError(res, 410, 'La exportación expiró; vuelve a exportar');
    if (status === 'failed') {
      return sendError(res, 409, `La exportación falló: ${record.error ?? 'error desconocido'}`);
    }
    if (status !== 'ready') return sendError(res, 409, 'La exportación todavía no está lista');

    if (record.mode === 'job') {
      const file = await files.open(record.id, record.format);
      if (!file) return sendError(res, 410, 'El archivo de la exportación ya no está; vuelve a exportar');
      res.writeHead(200, { ...fileHeaders(record), 'content-length': file.size });
      // A client that goes away mid-file ends the pipeline (and closes the file): nothing to report.
      await pipeline(file.stream, res).catch(() => {});
      return;
    }

    res.writeHead(200, fileHeaders(record));
    const writer = createTableWriter(record.format, res, exportTableColumns(record.columns, record.locale));
    let rows = 0;
    let audited = false;
    try {
      await streamCatalogExport(ctx.db, record, async (batch) => {
        if (res.destroyed) throw new DownloadAborted();
        await writer.write(batch);
        rows += batch.length;
      });
      // Audited before the file ends: whoever has the whole file can already find the entry.
      await recordAudit(ctx.db, exportAuditRecord(record, rows));
      audited = true;
      await writer.finish();
    } catch (error) {
      res.destroy();
      if (!audited) await recordAudit(ctx.db, exportAuditRecord(record, rows, { completed: false }));
      if (!(error instanceof DownloadAborted)) throw error;
    }
  };
}
