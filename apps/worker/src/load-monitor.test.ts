import { describe, expect, it } from 'vitest';
import { LoadMonitor } from './load-monitor';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // keep the CPU and the event loop busy
  }
};

describe('LoadMonitor', () => {
  it('calls a process that blocks its event loop overloaded; an idle one uses next to no CPU', async () => {
    const monitor = new LoadMonitor();
    monitor.start(60_000);
    monitor.sample();
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Only its own CPU time: lag can come from a machine loaded by others, and then counts rightly.
    expect(monitor.sample().cpuRatio).toBeLessThan(0.3);
    for (let i = 0; i < 5; i++) {
      busy(100);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const loaded = monitor.sample();
    expect(loaded.overloaded).toMatch(/event loop lag|CPU/);
    // Not its CPU share: on a machine shared with other processes a busy loop may get well under one core.
    expect(loaded.eventLoopLagMs).toBeGreaterThan(50);
    monitor.stop();
  });

  it('calls a process over its memory limit overloaded', () => {
    const monitor = new LoadMonitor({ maxRssMb: 1 });
    expect(monitor.sample().overloaded).toMatch(/^memory \d+ MB$/);
  });
});
