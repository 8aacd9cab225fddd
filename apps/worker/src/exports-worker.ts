import { QUEUES } from '@syncar/contracts';
import type { Db } from '@syncar/db';
import type { Redis } from '@syncar/queue';
import type { Logger } from '@syncar/runtime';
import { ExportFileStore } from '@syncar/storage/exports';
import { Queue, Worker } from 'bullmq';
import { processExportJob } from './processors/export-catalog';

/** How often export files past their expiry are deleted. */
const EXPIRE_EVERY_MS = 3_600_000;

export interface ExportsWorkerOptions {
  db: Db;
  logger: Logger;
  storageDir: string;
  prefix: string;
  /** A connection of its own: a BullMQ worker blocks on it. */
  connection: Redis;
  lockMs: number;
}

/**
 * The exports queue's worker, beside the imports one: one export at a time per worker process (an XLSX
 * export keeps a core busy), and an hourly job scheduler that deletes expired export files.
 */
export async function startExportsWorker(options: ExportsWorkerOptions) {
  const services = { db: options.db, logger: options.logger, files: new ExportFileStore(options.storageDir) };
  const queue = new Queue(QUEUES.exports, { connection: options.connection, prefix: options.prefix });
  await queue.upsertJobScheduler(
    'expire-exports',
    { every: EXPIRE_EVERY_MS },
    { name: 'expire-exports', data: {} },
  );
  await queue.close();
  const worker = new Worker(QUEUES.exports, (job) => processExportJob(job, services), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: 1,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
  });
  worker.on('error', (err) => options.logger.error({ err }, 'exports worker error'));
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      options.connection.disconnect();
    },
  };
}
