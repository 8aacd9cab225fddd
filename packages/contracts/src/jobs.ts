import { z } from 'zod';
import { QUEUES } from './queues';

/** Jobs carry only ids; everything else is read from PostgreSQL when the job runs. */
export const syncCategoriesJobSchema = z.object({ runId: z.uuid() });
export type SyncCategoriesJob = z.infer<typeof syncCategoriesJobSchema>;

export const JOBS = {
  'sync-categories': { queue: QUEUES.imports, payload: syncCategoriesJobSchema },
} as const;
export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]['payload']>;
