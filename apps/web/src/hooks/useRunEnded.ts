'use client';

import type { RunStatus } from '@syncar/contracts';
import { useEffect, useEffectEvent, useRef } from 'react';
import { isFinalStatus } from '@/lib/run-state';

/**
 * Calls `onEnded` once, when `status` turns final. A run that was already over when this first rendered
 * (`initialStatus`) never calls it: it changed nothing since the page loaded.
 */
export function useRunEnded(initialStatus: RunStatus, status: RunStatus, onEnded: () => void) {
  const ended = useRef(isFinalStatus(initialStatus));
  const notify = useEffectEvent(onEnded);
  useEffect(() => {
    if (ended.current || !isFinalStatus(status)) return;
    ended.current = true;
    notify();
  }, [status]);
}
