import type { ImportRun } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import {
  dropExpired,
  EMPTY_PILLS,
  markEnded,
  mergeActiveRuns,
  nextExpiry,
  PILL_LINGER_MS,
} from './run-pills';

const run = (id: string, progressDone = 0): ImportRun => ({
  id,
  supplierId: `supplier-${id}`,
  supplierName: `Supplier ${id}`,
  kind: 'products',
  status: 'running',
  reason: null,
  progressDone,
  progressTotal: 100,
  stats: null,
  createdAt: new Date(0),
  startedAt: new Date(0),
  finishedAt: null,
});

const ids = (state: { pills: readonly { run: ImportRun }[] }) => state.pills.map((pill) => pill.run.id);

describe('run pills', () => {
  it('adds a pill per active run, of several suppliers, and keeps their order', () => {
    let state = mergeActiveRuns(EMPTY_PILLS, [run('a'), run('b')], 0);
    state = mergeActiveRuns(state, [run('c'), run('b', 40), run('a')], 1);
    expect(ids(state)).toEqual(['a', 'b', 'c']);
    expect(state.pills[1]!.run.progressDone).toBe(40);
    expect(state.pills.every((pill) => pill.endedAt === null)).toBe(true);
  });

  it('keeps an ended run a moment, then takes it away for good', () => {
    let state = mergeActiveRuns(EMPTY_PILLS, [run('a'), run('b')], 0);
    state = markEnded(state, 'a', 1_000);
    expect(nextExpiry(state)).toBe(1_000 + PILL_LINGER_MS);
    expect(ids(dropExpired(state, 1_000 + PILL_LINGER_MS - 1))).toEqual(['a', 'b']);
    state = dropExpired(state, 1_000 + PILL_LINGER_MS);
    expect(ids(state)).toEqual(['b']);
    expect(nextExpiry(state)).toBeNull();
    // A list read before the run ended does not bring it back...
    state = mergeActiveRuns(state, [run('a'), run('b')], 7_000);
    expect(ids(state)).toEqual(['b']);
    // ...and once the list no longer has it, it is forgotten.
    state = mergeActiveRuns(state, [run('b')], 8_000);
    expect(state.gone.size).toBe(0);
  });

  it('counts a run that left the list as ended', () => {
    let state = mergeActiveRuns(EMPTY_PILLS, [run('a'), run('b')], 0);
    state = mergeActiveRuns(state, [run('b')], 2_000);
    expect(state.pills.find((pill) => pill.run.id === 'a')?.endedAt).toBe(2_000);
    // Its own events saying so later do not move the moment.
    expect(markEnded(state, 'a', 3_000)).toBe(state);
    expect(ids(dropExpired(state, 2_000 + PILL_LINGER_MS))).toEqual(['b']);
  });
});
