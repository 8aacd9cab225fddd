import { env } from '@syncar/runtime';
import { z } from 'zod';

export const apiConfigSchema = z.object({
  DATABASE_URL: env.postgresUrl(),
  REDIS_URL: env.redisUrl(),
  REDIS_PREFIX: z.string().min(1).default('syncar'),
  API_PORT: env.port(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** Browser origins allowed to call the API (the web app's public URL). */
  WEB_ORIGINS: env.list(),
  LOG_LEVEL: env.logLevel(),
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;
