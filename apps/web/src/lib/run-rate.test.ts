import type { RunEvent, RunEventData } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import { etaMs, progressSamples, ratePerMinute, recentSamples, roundRate, runPace } from './run-rate';

const RUN = '00000000-0000-4000-8000-000000000001';
const T0 = Date.parse('2025-01-01T12:00:00Z');
let seq = 0;
const event = (atS: number, data: RunEventData): RunEvent => ({
  runId: RUN,
  seq: ++seq,
  at: new Date(T0 + atS * 1000),
  data,
});
const progress = (atS: number, done: number, total: number | null = 1_000, step = 'products') =>
  event(atS, { type: 'progress', step, done, total });

describe('progressSamples', () => {
  it('keeps the progress events of the current step only', () => {
    const samples = progressSamples([
      event(0, { type: 'status', status: 'running', reason: null }),
      progress(1, 0, 1_000, 'login'),
      progress(2, 0),
      event(3, { type: 'log', level: 'warn', message: 'x' }),
      progress(4, 20),
    ]);
    expect(samples).toEqual([
      { at: T0 + 2_000, done: 0 },
      { at: T0 + 4_000, done: 20 },
    ]);
  });

  it('starts over when done goes back', () => {
    const samples = progressSamples([progress(0, 50), progress(10, 60), progress(20, 5), progress(30, 15)]);
    expect(samples.map((s) => s.done)).toEqual([5, 15]);
  });
});

describe('recentSamples', () => {
  it('keeps the samples of the last minute before the latest', () => {
    const samples = [0, 30, 70, 100, 130].map((s, i) => ({ at: T0 + s * 1000, done: i * 10 }));
    expect(recentSamples(samples).map((s) => s.done)).toEqual([20, 30, 40]);
  });

  it('falls back to the last two when the window holds one', () => {
    const samples = [0, 200, 500].map((s, i) => ({ at: T0 + s * 1000, done: i }));
    expect(recentSamples(samples).map((s) => s.done)).toEqual([1, 2]);
  });

  it('is empty without samples', () => {
    expect(recentSamples([])).toEqual([]);
  });
});

describe('ratePerMinute', () => {
  it('needs two samples at different times', () => {
    expect(ratePerMinute([])).toBeNull();
    expect(ratePerMinute([{ at: T0, done: 5 }])).toBeNull();
    expect(
      ratePerMinute([
        { at: T0, done: 5 },
        { at: T0, done: 9 },
      ]),
    ).toBeNull();
  });

  it('is items per minute between the first and last sample', () => {
    expect(
      ratePerMinute([
        { at: T0, done: 100 },
        { at: T0 + 15_000, done: 130 },
        { at: T0 + 30_000, done: 160 },
      ]),
    ).toBe(120);
  });

  it('is zero when nothing moved', () => {
    expect(
      ratePerMinute([
        { at: T0, done: 7 },
        { at: T0 + 5_000, done: 7 },
      ]),
    ).toBe(0);
  });
});

describe('etaMs', () => {
  it('is what is left at the rate', () => {
    expect(etaMs(120, 400, 1_000)).toBe(5 * 60_000);
    expect(etaMs(60, 1_000, 1_000)).toBe(0);
    expect(etaMs(60, 1_200, 1_000)).toBe(0);
  });

  it('cannot be told without a rate or a total', () => {
    expect(etaMs(null, 0, 100)).toBeNull();
    expect(etaMs(0, 0, 100)).toBeNull();
    expect(etaMs(60, 0, null)).toBeNull();
  });
});

describe('runPace', () => {
  it('shows nothing until there are two progress points', () => {
    expect(runPace([progress(0, 0)], 0, 1_000)).toEqual({ perMinute: null, etaMs: null });
  });

  it('measures the recent window, not the whole run', () => {
    // Slow first (10 a minute for 10 minutes), then 60 a minute over the last minute.
    const events = [progress(0, 0), progress(600, 100), progress(630, 130), progress(660, 160)];
    const pace = runPace(events, 160, 400);
    expect(pace.perMinute).toBe(60);
    expect(pace.etaMs).toBe(4 * 60_000);
  });
});

describe('roundRate', () => {
  it('keeps one decimal below ten a minute', () => {
    expect(roundRate(123.6)).toBe(124);
    expect(roundRate(10)).toBe(10);
    expect(roundRate(2.345)).toBe(2.3);
    expect(roundRate(0)).toBe(0);
  });
});
