import type { RunEvent } from '@syncar/contracts';

/** How far back, from the latest progress event, the rate looks: recent enough to follow changes of pace. */
export const RATE_WINDOW_MS = 60_000;

export interface ProgressSample {
  /** Epoch milliseconds. */
  at: number;
  done: number;
}

export interface RunPace {
  /** Items per minute over the recent window; null until there are two samples a moment apart. */
  perMinute: number | null;
  /** Milliseconds left at that pace; null without a rate above zero or without a total. */
  etaMs: number | null;
}

/**
 * The progress events of the step the run is in now (the step of the latest one), as samples. Counting restarts
 * if `done` ever goes back: only the samples after the last drop describe the current pace.
 */
export function progressSamples(events: readonly RunEvent[]): ProgressSample[] {
  let step: string | null = null;
  let samples: ProgressSample[] = [];
  for (const { at, data } of events) {
    if (data.type !== 'progress') continue;
    const last = samples.at(-1);
    if (data.step !== step || (last && data.done < last.done)) samples = [];
    step = data.step;
    samples.push({ at: at.getTime(), done: data.done });
  }
  return samples;
}

/** The samples in the window ending at the latest one; at least the last two when the window holds fewer. */
export function recentSamples(
  samples: readonly ProgressSample[],
  windowMs = RATE_WINDOW_MS,
): ProgressSample[] {
  const latest = samples.at(-1);
  if (!latest) return [];
  const from = latest.at - windowMs;
  const inWindow = samples.filter((sample) => sample.at >= from);
  return inWindow.length >= 2 ? inWindow : samples.slice(-2);
}

/** Items per minute between the first and last of `samples`; null without two samples at different times. */
export function ratePerMinute(samples: readonly ProgressSample[]): number | null {
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || samples.length < 2) return null;
  const elapsed = last.at - first.at;
  if (elapsed <= 0) return null;
  return (Math.max(0, last.done - first.done) / elapsed) * 60_000;
}

/** Time left for `total - done` items at `perMinute`; null when it cannot be told. */
export function etaMs(perMinute: number | null, done: number, total: number | null): number | null {
  if (perMinute === null || perMinute <= 0 || total === null) return null;
  return (Math.max(0, total - done) / perMinute) * 60_000;
}

/** Rate and time left of a run from its events, measured over the recent window. */
export function runPace(
  events: readonly RunEvent[],
  done: number,
  total: number | null,
  windowMs = RATE_WINDOW_MS,
): RunPace {
  const perMinute = ratePerMinute(recentSamples(progressSamples(events), windowMs));
  return { perMinute, etaMs: etaMs(perMinute, done, total) };
}

/** A rate worth reading: whole items from 10 a minute up, one decimal below. */
export function roundRate(perMinute: number): number {
  return perMinute >= 10 ? Math.round(perMinute) : Math.round(perMinute * 10) / 10;
}
