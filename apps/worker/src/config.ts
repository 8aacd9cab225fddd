import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { env } from '@syncar/runtime';
import { storageDir } from '@syncar/storage';
import { z } from 'zod';

export const workerConfigSchema = z.object({
  DATABASE_URL: env.postgresUrl(),
  REDIS_URL: env.redisUrl(),
  REDIS_PREFIX: z.string().min(1).default('syncar'),
  SECRETS_KEY: env.secretsKey(),
  SECRETS_KEY_PREVIOUS: env.list(),
  CHROMIUM_PATH: z
    .string()
    .default('/usr/bin/chromium')
    .refine(existsSync, 'no Chromium at this path (install Debian chromium or set CHROMIUM_PATH)'),
  /** Where downloaded product images and their thumbnails are kept (the API serves them from there). */
  STORAGE_DIR: storageDir(),
  WORKER_NAME: z.string().default(`${hostname()}-${process.pid}`),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_HEALTH_PORT: env.port(4001),
  /** Above this resident memory the worker stops raising its request concurrency and lowers it. */
  WORKER_MAX_RSS_MB: z.coerce.number().int().min(128).default(1536),
  /** Chromium is relaunched, between runs, when its processes together use more than this. */
  BROWSER_MAX_RSS_MB: z.coerce.number().int().min(128).default(1024),
  /** How long a stopping worker lets its jobs finish before handing them back to the queue. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(20_000),
  /**
   * How long a job's lock lasts without renewal. A worker that dies (SIGKILL, power loss) leaves its job locked
   * this long; then another worker takes it over and the run resumes from its checkpoints.
   */
  WORKER_LOCK_MS: z.coerce.number().int().min(2_000).default(30_000),
  /** BullMQ has no job timeout: a run that exceeds this is stopped and failed. */
  RUN_TIME_LIMIT_MS: z.coerce
    .number()
    .int()
    .positive()
    .default(6 * 3600_000),
  LOG_LEVEL: env.logLevel(),
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
});
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
