'use client';

import type { RunEvent } from '@syncar/contracts';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useMemo, useState } from 'react';
import { useTRPC } from '@/lib/trpc';

interface Received {
  runId: string;
  bySeq: ReadonlyMap<number, RunEvent>;
}

/**
 * Every event of a run, in order: the subscription replays the history first, then streams live ones. After a
 * reconnect the link resumes from the last seq; anything received twice (e.g. a re-subscription) is kept once.
 */
export function useRunEvents(runId: string, onEvent?: (event: RunEvent) => void) {
  const trpc = useTRPC();
  const [received, setReceived] = useState<Received>(() => ({ runId, bySeq: new Map() }));

  const subscription = useSubscription(
    trpc.imports.events.subscriptionOptions(
      { runId },
      {
        onData: ({ data: event }) => {
          if (event.runId !== runId) return;
          setReceived((current) => {
            const bySeq = current.runId === runId ? current.bySeq : new Map<number, RunEvent>();
            if (bySeq.has(event.seq)) return current;
            return { runId, bySeq: new Map(bySeq).set(event.seq, event) };
          });
          // useSubscription always calls the latest onData, so this sees the latest onEvent.
          onEvent?.(event);
        },
      },
    ),
  );

  const events = useMemo(
    () => (received.runId === runId ? [...received.bySeq.values()].sort((a, b) => a.seq - b.seq) : []),
    [received, runId],
  );

  return { events, status: subscription.status, error: subscription.error };
}
