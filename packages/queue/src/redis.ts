import { Redis, type RedisOptions } from 'ioredis';

export type { Redis };

/** A connection BullMQ can use: blocking commands must never give up retrying. */
export function createRedis(url: string, options: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, ...options });
}

/** BullMQ loses jobs when Redis evicts keys; say so at start-up instead of failing later. */
export async function checkEvictionPolicy(redis: Redis): Promise<string | null> {
  try {
    const [, policy] = (await redis.config('GET', 'maxmemory-policy')) as [string, string];
    return policy === 'noeviction'
      ? null
      : `Redis maxmemory-policy is "${policy}"; BullMQ needs "noeviction" or queued jobs can be lost`;
  } catch {
    return null; // managed Redis services often forbid CONFIG; nothing to check then
  }
}
