'use client';

import type { AppRouter } from '@syncar/api';
import type { TRPCClient } from '@trpc/client';
import { useSyncExternalStore } from 'react';
import { createRunFeeds, type RunFeeds, SERVER_SNAPSHOT } from '@/lib/run-feeds';
import { useTRPCClient } from '@/lib/trpc';

const feedsByClient = new WeakMap<TRPCClient<AppRouter>, RunFeeds>();

/** The run feeds of this API client: `imports.events` streams, one per run however many components show it. */
function useRunFeeds(): RunFeeds {
  const client = useTRPCClient();
  let feeds = feedsByClient.get(client);
  if (!feeds) {
    feeds = createRunFeeds((runId, handlers) =>
      client.imports.events.subscribe(
        { runId },
        {
          onStarted: handlers.onStarted,
          onData: ({ data }) => handlers.onEvent(data),
          onConnectionStateChange: (state) => {
            if (state.state === 'connecting') handlers.onConnecting(state.error);
          },
          onError: handlers.onError,
          onComplete: handlers.onComplete,
          onStopped: handlers.onComplete,
        },
      ),
    );
    feedsByClient.set(client, feeds);
  }
  return feeds;
}

/**
 * Every event of a run, in order: the subscription replays the history first, then streams live ones, and ends
 * once the run has ended. After a reconnect the link resumes from the last seq; anything received twice is kept
 * once. Components showing the same run share one subscription.
 */
export function useRunEvents(runId: string) {
  const feed = useRunFeeds().get(runId);
  const snapshot = useSyncExternalStore(feed.subscribe, feed.getSnapshot, () => SERVER_SNAPSHOT);
  return { events: snapshot.events, status: snapshot.status, error: snapshot.error };
}
