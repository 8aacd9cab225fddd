import { describe, expect, it } from 'vitest';
import { AdaptivePool } from './adaptive-pool';

/** A load the test sets by hand, standing for the worker's LoadMonitor. */
const load = () => ({ current: { overloaded: null as string | null } });

/** Tasks that stay in flight until the test releases them, counting how many run at once. */
function gate() {
  let inFlight = 0;
  let peak = 0;
  const releases: Array<() => void> = [];
  return {
    task: () => async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => releases.push(resolve));
      inFlight--;
    },
    releaseAll: async () => {
      while (releases.length) releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    },
    get inFlight() {
      return inFlight;
    },
    get peak() {
      return peak;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('AdaptivePool', () => {
  it('starts at half the supplier bound and grows to it while work waits and the worker is not overloaded', async () => {
    const pool = new AdaptivePool({ max: 6, load: load(), intervalMs: 60_000 });
    const work = gate();
    const all = Promise.all(Array.from({ length: 20 }, () => pool.run(work.task())));
    await tick();
    expect(work.inFlight).toBe(3);
    for (let i = 0; i < 10; i++) pool.adjust();
    await tick();
    expect(pool.limit).toBe(6);
    expect(work.inFlight).toBe(6);
    while (work.inFlight) await work.releaseAll();
    await all;
    expect(work.peak).toBe(6);
    pool.close();
  });

  it('steps down while the worker is overloaded, never below one, and says why', async () => {
    const source = load();
    const changes: string[] = [];
    const pool = new AdaptivePool({
      max: 4,
      load: source,
      intervalMs: 60_000,
      onChange: ({ from, to, reason }) => changes.push(`${from}→${to} ${reason}`),
    });
    source.current.overloaded = 'event loop lag 120 ms';
    for (let i = 0; i < 5; i++) pool.adjust();
    expect(pool.limit).toBe(1);
    expect(changes).toEqual(['2→1 event loop lag 120 ms']);
    const work = gate();
    const all = Promise.all(Array.from({ length: 3 }, () => pool.run(work.task())));
    await tick();
    expect(work.inFlight).toBe(1);
    while (work.inFlight) await work.releaseAll();
    await all;
    expect(work.peak).toBe(1);
    pool.close();
  });

  it('does not grow when no work waited', () => {
    const pool = new AdaptivePool({ max: 8, load: load(), intervalMs: 60_000 });
    pool.adjust();
    pool.adjust();
    expect(pool.limit).toBe(4);
    pool.close();
  });

  it('maps in order, and after a failure starts nothing more and throws the failure', async () => {
    const pool = new AdaptivePool({ max: 2, load: load(), intervalMs: 60_000 });
    expect(await pool.map([3, 1, 2], async (n) => n * 10)).toEqual([30, 10, 20]);
    const started: number[] = [];
    await expect(
      pool.map([1, 2, 3, 4, 5], async (n) => {
        started.push(n);
        if (n === 1) throw new Error('page 1 failed');
        return n;
      }),
    ).rejects.toThrow('page 1 failed');
    expect(started).toEqual([1]);
    pool.close();
  });
});
