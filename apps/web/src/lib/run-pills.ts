import type { ImportRun } from '@syncar/contracts';

/** How long a pill stays once its run has ended, showing how it ended. */
export const PILL_LINGER_MS = 4_000;

export interface Pill {
  run: ImportRun;
  /** When the run was seen to end (its final event, or it left the list of active runs); null while active. */
  endedAt: number | null;
}

export interface PillsState {
  pills: readonly Pill[];
  /** Runs whose pill was already taken away: a stale list of active runs does not bring them back. */
  gone: ReadonlySet<string>;
}

export const EMPTY_PILLS: PillsState = { pills: [], gone: new Set() };

/**
 * Merges a fresh list of active runs: new runs get a pill (in list order, after the current ones), known ones
 * take the fresh row, and a pill whose run left the list counts as ended from `now`.
 */
export function mergeActiveRuns(state: PillsState, active: readonly ImportRun[], now: number): PillsState {
  const fresh = new Map(active.map((run) => [run.id, run]));
  const pills = state.pills.map((pill) => {
    const run = fresh.get(pill.run.id);
    if (run) return { ...pill, run };
    return pill.endedAt === null ? { ...pill, endedAt: now } : pill;
  });
  const known = new Set(pills.map((pill) => pill.run.id));
  for (const run of active) {
    if (!known.has(run.id) && !state.gone.has(run.id)) pills.push({ run, endedAt: null });
  }
  // Only ids still listed need remembering as gone.
  const gone = new Set([...state.gone].filter((id) => fresh.has(id)));
  return { pills, gone };
}

/** The pill of `runId` saw its run end at `now` (kept if already ended). */
export function markEnded(state: PillsState, runId: string, now: number): PillsState {
  if (!state.pills.some((pill) => pill.run.id === runId && pill.endedAt === null)) return state;
  return {
    ...state,
    pills: state.pills.map((pill) => (pill.run.id === runId ? { ...pill, endedAt: now } : pill)),
  };
}

/** Takes away the pills whose run ended at least `lingerMs` before `now`. */
export function dropExpired(state: PillsState, now: number, lingerMs = PILL_LINGER_MS): PillsState {
  const expired = state.pills.filter((pill) => pill.endedAt !== null && now - pill.endedAt >= lingerMs);
  if (expired.length === 0) return state;
  return {
    pills: state.pills.filter((pill) => !expired.includes(pill)),
    gone: new Set([...state.gone, ...expired.map((pill) => pill.run.id)]),
  };
}

/** When the next pill is due to go, or null when none has ended. */
export function nextExpiry(state: PillsState, lingerMs = PILL_LINGER_MS): number | null {
  const ends = state.pills.flatMap((pill) => (pill.endedAt === null ? [] : [pill.endedAt + lingerMs]));
  return ends.length ? Math.min(...ends) : null;
}
