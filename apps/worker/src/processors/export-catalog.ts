import { EXPORT_JOBS, type ExportJobName } from '@syncar/contracts';
import {
  type Db,
  expireExports,
  exportAuditRecord,
  exportTableColumns,
  failExport,
  findExport,
  finishExport,
  recordAudit,
  recordExportProgress,
  startExportJob,
  streamCatalogExport,
} from '@syncar/db';
import type { Job } from '@syncar/queue';
import type { Logger } from '@syncar/runtime';
import { createTableWriter, type ExportFileStore } from '@syncar/storage/exports';
import { UnrecoverableError } from 'bullmq';

export interface ExportJobServices {
  db: Db;
  files: ExportFileStore;
  logger: Logger;
}

/** Rows per FETCH from PostgreSQL. */
const BATCH_ROWS = 2_000;
/** Progress is written to PostgreSQL at most this often (the UI polls it). */
const PROGRESS_EVERY_MS = 500;

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Writes a large export to its file: the view streamed through a cursor into the CSV or XLSX writer and onto
 * disk, progress recorded as it goes, the file moved into place only when complete, then audited. A retried
 * job starts the file again from the first row.
 */
async function exportCatalog(job: Job, exportId: string, { db, files, logger }: ExportJobServices) {
  const record = await findExport(db, exportId);
  if (!record) throw new UnrecoverableError(`export ${exportId} does not exist`);
  if (!(await startExportJob(db, exportId))) return `export ${exportId} is ${record.status}; nothing to do`;
  const log = logger.child({ exportId, jobId: job.id });
  const draft = await files.create(record.id, record.format);
  try {
    const writer = createTableWriter(
      record.format,
      draft.stream,
      exportTableColumns(record.columns, record.locale),
    );
    let rowsDone = 0;
    let reportedAt = Date.now();
    const rows = await streamCatalogExport(
      db,
      record,
      async (batch) => {
        await writer.write(batch);
        rowsDone += batch.length;
        if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
          reportedAt = Date.now();
          await recordExportProgress(db, exportId, { rowsDone });
        }
      },
      {
        batchSize: BATCH_ROWS,
        onTotal: (rowsTotal) => recordExportProgress(db, exportId, { rowsTotal, rowsDone: 0 }),
      },
    );
    await writer.finish();
    const byteSize = await draft.commit();
    // Ready and audited at once: nobody can download a file that is not in the audit log.
    await db.transaction().execute(async (trx) => {
      await finishExport(trx, exportId, { rowsDone: rows, byteSize });
      await recordAudit(trx, exportAuditRecord(record, rows));
    });
    log.info({ rows, byteSize, format: record.format }, 'export written');
    return `${rows} rows, ${byteSize} bytes`;
  } catch (error) {
    await draft.discard();
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade + 1 >= attempts || error instanceof UnrecoverableError) {
      await failExport(db, exportId, errorMessage(error));
    }
    log.warn({ err: error, attempt: job.attemptsMade + 1 }, 'export failed');
    throw error;
  }
}

/** Deletes the files of exports past their expiry. */
async function expire({ db, files, logger }: ExportJobServices) {
  const expired = await expireExports(db);
  await Promise.all(expired.map((entry) => files.remove(entry.id, entry.format)));
  if (expired.length) logger.info({ count: expired.length }, 'expired exports removed');
  return `${expired.length} exports expired`;
}

/** Runs a job of the exports queue. */
export async function processExportJob(job: Job, services: ExportJobServices): Promise<string> {
  switch (job.name as ExportJobName) {
    case 'export-catalog': {
      const payload = EXPORT_JOBS['export-catalog'].payload.safeParse(job.data);
      if (!payload.success) throw new UnrecoverableError(`invalid export job: ${payload.error.message}`);
      return exportCatalog(job, payload.data.exportId, services);
    }
    case 'expire-exports':
      return expire(services);
    default:
      throw new UnrecoverableError(`unknown job ${job.name}`);
  }
}
