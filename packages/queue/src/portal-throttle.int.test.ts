import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { PortalThrottle } from './portal-throttle';
import { createRedis } from './redis';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `syncar-test-throttle-${process.pid}-${Date.now().toString(36)}`;
// Two connections stand for two worker processes: the pace must hold across both.
const workerA = createRedis(url);
const workerB = createRedis(url);

afterAll(async () => {
  const keys = await workerA.keys(`${prefix}:*`);
  if (keys.length) await workerA.del(...keys);
  workerA.disconnect();
  workerB.disconnect();
});

const gaps = (slots: number[]) =>
  slots
    .sort((a, b) => a - b)
    .slice(1)
    .map((slot, i) => slot - slots[i]!);

describe('PortalThrottle', () => {
  it('spaces the requests of two workers to one supplier by the requests-per-minute setting', async () => {
    const supplierId = randomUUID();
    const a = new PortalThrottle(workerA, prefix, supplierId, 1200); // one request per 50 ms
    const b = new PortalThrottle(workerB, prefix, supplierId, 1200);
    const signal = new AbortController().signal;
    const slots = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? a : b).acquire(signal)));
    for (const gap of gaps(slots)) expect(gap).toBeGreaterThanOrEqual(50);
  });

  it('keeps suppliers apart: one supplier’s pace does not slow another', async () => {
    const slow = new PortalThrottle(workerA, prefix, randomUUID(), 6); // one request per 10 s
    const other = new PortalThrottle(workerB, prefix, randomUUID(), null);
    const signal = new AbortController().signal;
    await slow.acquire(signal);
    const slots = await Promise.all(Array.from({ length: 5 }, () => other.acquire(signal)));
    expect(Math.max(...slots) - Math.min(...slots)).toBeLessThan(1000);
  });

  it('after a 429 holds every worker back for Retry-After, then halves the pace', async () => {
    const supplierId = randomUUID();
    const a = new PortalThrottle(workerA, prefix, supplierId, 600); // 100 ms
    const b = new PortalThrottle(workerB, prefix, supplierId, 600);
    const signal = new AbortController().signal;
    const before = await a.acquire(signal);
    await a.rateLimited(1000);
    expect(await a.state()).toEqual({ intervalMs: 200, slowdown: 2 });
    const first = await b.acquire(signal);
    expect(first - before).toBeGreaterThanOrEqual(1000);
    const second = await a.acquire(signal);
    expect(second - first).toBeGreaterThanOrEqual(200);
  });

  it('slows down a supplier without a limit when its portal answers 429, up to four times slower', async () => {
    const throttle = new PortalThrottle(workerA, prefix, randomUUID(), null);
    expect(await throttle.state()).toEqual({ intervalMs: 0, slowdown: 1 });
    await throttle.rateLimited(0);
    await throttle.rateLimited(0);
    expect(await throttle.state()).toEqual({ intervalMs: 100, slowdown: 4 });
    await throttle.rateLimited(0);
    expect(await throttle.state()).toEqual({ intervalMs: 100, slowdown: 4 });
  });

  it('stops waiting when the run is cancelled', async () => {
    const throttle = new PortalThrottle(workerA, prefix, randomUUID(), 1); // one request a minute
    const controller = new AbortController();
    await throttle.acquire(controller.signal);
    const waiting = throttle.acquire(controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(waiting).rejects.toThrow(/abort/i);
  });
});
