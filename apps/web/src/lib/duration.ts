import type { MessageKey, MessageParams } from '../i18n/messages';

/** A duration as a message key and its parameters, e.g. `{ key: 'duration.minutes', params: { m: 3, s: 20 } }`. */
export interface DurationText {
  key: MessageKey;
  params: MessageParams;
}

/**
 * The two largest units of a duration, rounded to whole seconds: "1 h 05 min", "3 min 20 s", "45 s". Negative
 * durations (clocks out of step) count as zero.
 */
export function durationText(ms: number): DurationText {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return { key: 'duration.hours', params: { h, m: String(m).padStart(2, '0') } };
  if (m > 0) return { key: 'duration.minutes', params: { m, s: String(s).padStart(2, '0') } };
  return { key: 'duration.seconds', params: { s } };
}

/** Milliseconds from `start` to `end`, or null when either is unknown. */
export function elapsedMs(start: Date | null, end: Date | null): number | null {
  return start && end ? end.getTime() - start.getTime() : null;
}
