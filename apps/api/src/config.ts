import { env } from '@syncar/runtime';
import { storageDir } from '@syncar/storage';
import { z } from 'zod';

export const apiConfigSchema = z.object({
  DATABASE_URL: env.postgresUrl(),
  REDIS_URL: env.redisUrl(),
  REDIS_PREFIX: z.string().min(1).default('syncar'),
  API_PORT: env.port(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** Where the workers keep downloaded product images: served under /media. */
  STORAGE_DIR: storageDir(),
  /** Browser origins allowed to call the API (the web app's public URL). */
  WEB_ORIGINS: env.list(),
  /** Signs access tokens (HS256): at least 32 random bytes, base64. */
  AUTH_SECRET: z
    .string({ error: 'is required (32+ random bytes, base64)' })
    .refine(
      (value) => Buffer.from(value, 'base64').length >= 32,
      'must be at least 32 bytes encoded in base64',
    ),
  /** Encrypts supplier credentials; the API only ever seals them, the worker opens them. */
  SECRETS_KEY: env.secretsKey(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(14 * 24 * 3600),
  /** Secure cookies: on unless every web origin is plain-http localhost (local development). */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** Behind nginx: take the client address from X-Real-IP / X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOGIN_MAX_PER_IP: z.coerce.number().int().min(1).default(20),
  LOGIN_MAX_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  /** Requests each API token may make per minute (429 with Retry-After beyond). */
  API_TOKEN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Optional first Super Admin, created at start when no user has this name (all three or none). */
  SYNCAR_ADMIN_USERNAME: z.string().min(3).optional(),
  SYNCAR_ADMIN_EMAIL: z.email().optional(),
  SYNCAR_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  LOG_LEVEL: env.logLevel(),
  MIGRATE_ON_START: z.enum(['true', 'false']).default('true'),
});
export type ApiConfig = z.infer<typeof apiConfigSchema>;
