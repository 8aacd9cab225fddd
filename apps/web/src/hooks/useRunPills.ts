'use client';

import type { ImportRun } from '@syncar/contracts';
import { useCallback, useEffect, useState } from 'react';
import { dropExpired, EMPTY_PILLS, markEnded, mergeActiveRuns, nextExpiry } from '@/lib/run-pills';

/**
 * The pills of the shell: one per active run, kept a few seconds after the run ends (seen through its events,
 * or because it left the list of active runs), then taken away.
 */
export function useRunPills(active: readonly ImportRun[] | undefined) {
  const [state, setState] = useState(EMPTY_PILLS);

  useEffect(() => {
    if (active) setState((current) => mergeActiveRuns(current, active, Date.now()));
  }, [active]);

  const expiry = nextExpiry(state);
  useEffect(() => {
    if (expiry === null) return;
    const timer = setTimeout(
      () => setState((current) => dropExpired(current, Date.now())),
      Math.max(0, expiry - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [expiry]);

  const ended = useCallback(
    (runId: string) => setState((current) => markEnded(current, runId, Date.now())),
    [],
  );

  return { pills: state.pills, ended };
}
