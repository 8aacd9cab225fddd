import type { Redis } from 'ioredis';

export interface LoginLimits {
  /** Attempts per IP address per window. */
  perIp: number;
  /** Failed attempts per account per window. */
  perAccount: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perIp: 20, perAccount: 5, windowSeconds: 15 * 60 };

/** Fixed-window counters in Redis, shared by every API process. */
export class LoginRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
  ) {}

  private key(kind: 'ip' | 'account', value: string) {
    return `${this.prefix}:login:${kind}:${value.toLowerCase()}`;
  }

  private async retryAfter(key: string, limit: number): Promise<number> {
    const [count, ttl] = await this.redis
      .multi()
      .get(key)
      .ttl(key)
      .exec()
      .then((replies) => replies?.map((r) => r[1]) ?? []);
    return Number(count ?? 0) >= limit ? Math.max(1, Number(ttl)) : 0;
  }

  /** Seconds to wait before another attempt is allowed, or 0. Counts this attempt against the IP. */
  async checkAttempt(ip: string, account: string): Promise<number> {
    const blocked = Math.max(
      await this.retryAfter(this.key('ip', ip), this.limits.perIp),
      await this.retryAfter(this.key('account', account), this.limits.perAccount),
    );
    if (blocked) return blocked;
    await this.bump(this.key('ip', ip));
    return 0;
  }

  async recordFailure(account: string): Promise<void> {
    await this.bump(this.key('account', account));
  }

  async recordSuccess(account: string): Promise<void> {
    await this.redis.del(this.key('account', account));
  }

  private async bump(key: string) {
    await this.redis.multi().incr(key).expire(key, this.limits.windowSeconds, 'NX').exec();
  }
}
