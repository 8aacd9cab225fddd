import { z } from 'zod';
import { exportJobSchema } from './exports';
import { QUEUES } from './queues';

/** Jobs carry only the run id; everything else is read from PostgreSQL when the job runs. */
export const runJobSchema = z.object({ runId: z.uuid() });

export const JOBS = {
  'sync-categories': { queue: QUEUES.imports, payload: runJobSchema },
  'sync-products': { queue: QUEUES.imports, payload: runJobSchema },
} as const;

/** The job that carries out each kind of import run. */
export const JOB_FOR_IMPORT = { categories: 'sync-categories', products: 'sync-products' } as const;
export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;

/**
 * Jobs of the exports queue. They are not import runs (no run row, no run events): the worker hands them to
 * their own processors (apps/worker/src/processors/export-catalog.ts).
 */
export const EXPORT_JOBS = {
  'export-catalog': { queue: QUEUES.exports, payload: exportJobSchema },
  /** Deletes export files past their expiry; scheduled every hour. */
  'expire-exports': { queue: QUEUES.exports, payload: z.object({}) },
} as const;
export type ExportJobName = keyof typeof EXPORT_JOBS;
