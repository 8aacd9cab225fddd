import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, env, loadConfig } from './config';

const schema = z.object({
  DATABASE_URL: env.postgresUrl(),
  REDIS_URL: env.redisUrl(),
  API_PORT: env.port(4000),
  SECRETS_KEY: env.secretsKey(),
  WEB_ORIGINS: env.list(),
});
const key = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('applies defaults and parses values', () => {
    const config = loadConfig(schema, {
      DATABASE_URL: 'postgres://localhost/x',
      SECRETS_KEY: key,
      API_PORT: '4500',
      WEB_ORIGINS: 'http://a, http://b',
    });
    expect(config).toEqual({
      DATABASE_URL: 'postgres://localhost/x',
      REDIS_URL: 'redis://127.0.0.1:6379',
      API_PORT: 4500,
      SECRETS_KEY: key,
      WEB_ORIGINS: ['http://a', 'http://b'],
    });
  });

  it('names every missing or malformed variable', () => {
    let error: unknown;
    try {
      loadConfig(schema, { REDIS_URL: 'http://nope', API_PORT: '99999', SECRETS_KEY: 'c2hvcnQ=' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('DATABASE_URL: is required');
    expect(message).toContain('REDIS_URL: must be a redis:// URL');
    expect(message).toContain('API_PORT:');
    expect(message).toContain('SECRETS_KEY: must be 32 bytes encoded in base64');
  });
});
