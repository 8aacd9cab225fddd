import { join } from 'node:path';
import { ROOT } from '../stack/platform';
import { findChromium } from './chromium';
import { findPostgres, type PostgresHandle } from './postgres';
import { findRedis, type RedisHandle } from './redis';

export { ensureDatabase } from './postgres';
export { freePort, portIsFree } from './shell';

export const DATA_DIR = join(ROOT, '.data');

export interface Environment {
  postgres: PostgresHandle;
  redis: RedisHandle;
  chromiumPath: string;
  /** Stops whatever this process started (an embedded PostgreSQL, a redis-server). */
  release(): Promise<void>;
}

/** Finds (or starts, or installs) PostgreSQL, Redis and Chromium, saying what it uses. */
export async function resolveEnvironment(): Promise<Environment> {
  const chromiumPath = findChromium();
  const postgres = await findPostgres(DATA_DIR);
  const redis = await findRedis(DATA_DIR).catch(async (error) => {
    await postgres.stop?.();
    throw error;
  });
  const safeUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
  console.log(`PostgreSQL: ${safeUrl(postgres.url)}\nRedis:      ${redis.url}\nChromium:   ${chromiumPath}`);
  return {
    postgres,
    redis,
    chromiumPath,
    async release() {
      await redis.stop?.();
      await postgres.stop?.();
    },
  };
}
