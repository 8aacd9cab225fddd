import { createHash, randomBytes } from 'node:crypto';
import { API_TOKEN_PREFIX, API_TOKEN_VISIBLE_CHARS } from '@syncar/contracts';
import type { Redis } from 'ioredis';

/**
 * API token secrets are 256 random bits, so SHA-256 is the right storage hash: nothing to brute-force, and every
 * request can check one without argon2's deliberate cost.
 */
export const hashApiTokenSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export interface IssuedApiTokenSecret {
  /** Shown once to its owner, never stored. */
  secret: string;
  /** What is stored and shown to recognise it: `syncar_` and the first characters. */
  prefix: string;
  secretHash: string;
}

export function issueApiTokenSecret(): IssuedApiTokenSecret {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return {
    secret,
    prefix: secret.slice(0, API_TOKEN_PREFIX.length + API_TOKEN_VISIBLE_CHARS),
    secretHash: hashApiTokenSecret(secret),
  };
}

/** The credentials of `Authorization: Bearer <token>`, or null when the header is absent or another scheme. */
export function readBearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(value ?? '');
  return match ? match[1]! : null;
}

/** Requests per token per minute: a fixed window in Redis, shared by every API process. */
export class ApiTokenRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    readonly perMinute: number,
  ) {}

  /** Counts this request; the seconds until the token may call again when it is over its limit, else 0. */
  async consume(tokenId: string): Promise<number> {
    const key = `${this.prefix}:api-token:rate:${tokenId}`;
    const replies = await this.redis.multi().incr(key).expire(key, 60, 'NX').ttl(key).exec();
    const [count, , ttl] = replies?.map((reply) => Number(reply[1])) ?? [];
    return (count ?? 0) > this.perMinute ? Math.max(1, ttl ?? 60) : 0;
  }
}
