import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment with an app's schema. A missing or malformed variable throws a ConfigError whose
 * message names every offending variable, so a process stops at start-up instead of failing later.
 */
export function loadConfig<S extends z.ZodObject>(
  schema: S,
  env: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    const value = env[variable];
    const problem = value === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
    return `  ${variable}: ${problem}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** Runs `loadConfig` and exits the process with the message when the environment is wrong. */
export function loadConfigOrExit<S extends z.ZodObject>(schema: S, appName: string): z.infer<S> {
  try {
    return loadConfig(schema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[${appName}] ${error.message}`);
    process.exit(78); // EX_CONFIG
  }
}

/** Reusable field schemas so every app spells its variables the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  postgresUrl: () =>
    z.string({ error: 'is required' }).regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
  redisUrl: () =>
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
  logLevel: () => z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  /** 32 bytes, base64: the key that encrypts supplier secrets at rest. */
  secretsKey: () =>
    z
      .string({ error: 'is required (32 random bytes, base64; `pnpm syncar secrets:generate` prints one)' })
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes encoded in base64'),
  list: () =>
    z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ),
};
