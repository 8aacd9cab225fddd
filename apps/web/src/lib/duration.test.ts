import { describe, expect, it } from 'vitest';
import { durationText, elapsedMs } from './duration';

describe('durationText', () => {
  it('uses the two largest units', () => {
    expect(durationText(45_000)).toEqual({ key: 'duration.seconds', params: { s: 45 } });
    expect(durationText(200_000)).toEqual({ key: 'duration.minutes', params: { m: 3, s: '20' } });
    expect(durationText(65_000)).toEqual({ key: 'duration.minutes', params: { m: 1, s: '05' } });
    expect(durationText(3_900_000)).toEqual({ key: 'duration.hours', params: { h: 1, m: '05' } });
    expect(durationText(26 * 3_600_000)).toEqual({ key: 'duration.hours', params: { h: 26, m: '00' } });
  });

  it('rounds to whole seconds and never goes below zero', () => {
    expect(durationText(59_600)).toEqual({ key: 'duration.minutes', params: { m: 1, s: '00' } });
    expect(durationText(400)).toEqual({ key: 'duration.seconds', params: { s: 0 } });
    expect(durationText(-5_000)).toEqual({ key: 'duration.seconds', params: { s: 0 } });
  });
});

describe('elapsedMs', () => {
  it('needs both ends', () => {
    const start = new Date('2025-01-01T12:00:00Z');
    expect(elapsedMs(start, new Date('2025-01-01T12:01:30Z'))).toBe(90_000);
    expect(elapsedMs(start, null)).toBeNull();
    expect(elapsedMs(null, start)).toBeNull();
  });
});
