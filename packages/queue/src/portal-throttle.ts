import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from './redis';

/** How long a 429 keeps a supplier slowed down before the pace recovers by one step. */
const SLOWDOWN_STEP_MS = 15_000;
/**
 * The slowest pace 429s can push a supplier to, as a multiple of its normal interval. Bounded: a portal that
 * answers 429 whatever the pace must not bring a sync to a crawl; its Retry-After pauses still hold everyone.
 */
const MAX_SLOWDOWN = 4;
/** The interval a slowed-down supplier without a requests-per-minute setting starts from. */
const UNLIMITED_SLOWDOWN_BASE_MS = 25;

/**
 * GCRA with one slot per request, kept in one Redis hash per supplier so every worker process shares it:
 * `next` is the earliest time the next request may start; each call reserves a slot and pushes `next` by the
 * interval (times the slowdown). Redis's own clock is used, so workers on different hosts agree on time.
 * Returns [slot start, wait] in milliseconds.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local step, cap, base = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local s = redis.call('HMGET', KEYS[1], 'next', 'slowdown', 'until')
local nextAt = tonumber(s[1]) or now
local slowdown = tonumber(s[2]) or 1
local untilAt = tonumber(s[3]) or 0
if slowdown > 1 and now > untilAt then
  slowdown = math.max(1, slowdown / 2)
  untilAt = now + step
end
if ARGV[5] == 'rate-limited' then
  nextAt = math.max(nextAt, now + tonumber(ARGV[6]))
  slowdown = math.min(cap, slowdown * 2)
  untilAt = now + step
  redis.call('HSET', KEYS[1], 'next', nextAt, 'slowdown', slowdown, 'until', untilAt)
  redis.call('PEXPIRE', KEYS[1], step * 8)
  return {nextAt, 0}
end
local effective = interval
if slowdown > 1 then effective = math.max(interval, base) * slowdown end
local start = math.max(nextAt, now)
redis.call('HSET', KEYS[1], 'next', start + effective, 'slowdown', slowdown, 'until', untilAt)
redis.call('PEXPIRE', KEYS[1], math.max(step * 8, start + effective - now))
return {start, start - now}
`;

export interface PortalThrottleState {
  /** Milliseconds between requests now (0 = no limit and no slowdown). */
  intervalMs: number;
  /** 1 when the portal has not rate-limited recently; doubles with each 429 (up to 4), halves each quiet 15 s. */
  slowdown: number;
}

/**
 * Paces the requests SYNCAR sends to one supplier's portal, across every worker process: at most
 * `requestsPerMinute` (when set), and slower for a while after the portal answers 429, whatever the setting.
 */
export class PortalThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly supplierId: string,
    private readonly requestsPerMinute: number | null,
  ) {}

  private get key() {
    return `${this.prefix}:portal-throttle:${this.supplierId}`;
  }

  private get intervalMs() {
    return this.requestsPerMinute ? 60_000 / this.requestsPerMinute : 0;
  }

  private reserve(mode: 'acquire' | 'rate-limited', waitMs = 0): Promise<[number, number]> {
    return this.redis.eval(
      RESERVE,
      1,
      this.key,
      this.intervalMs,
      SLOWDOWN_STEP_MS,
      MAX_SLOWDOWN,
      UNLIMITED_SLOWDOWN_BASE_MS,
      mode,
      Math.max(0, Math.round(waitMs)),
    ) as Promise<[number, number]>;
  }

  /** Waits for this request's turn; returns the slot's start (Redis time, ms). */
  async acquire(signal: AbortSignal): Promise<number> {
    const [start, waitMs] = await this.reserve('acquire');
    if (waitMs > 0) await sleep(waitMs, undefined, { signal });
    return start;
  }

  /** The portal answered 429: nobody sends before `waitMs` has passed, and the pace halves for a while. */
  async rateLimited(waitMs: number): Promise<void> {
    await this.reserve('rate-limited', waitMs);
  }

  async state(): Promise<PortalThrottleState> {
    const slowdown = Number((await this.redis.hget(this.key, 'slowdown')) ?? 1);
    const base = this.intervalMs || (slowdown > 1 ? UNLIMITED_SLOWDOWN_BASE_MS : 0);
    return { intervalMs: base * slowdown, slowdown };
  }
}
