import type { RunEvent } from '@syncar/contracts';

/** As `useSubscription` reports it: connecting, streaming ('pending'), ended ('idle') or failed. */
export type FeedStatus = 'idle' | 'connecting' | 'pending' | 'error';

export interface FeedSnapshot {
  /** Every event received, once each, in seq order. */
  events: readonly RunEvent[];
  status: FeedStatus;
  error: unknown;
  /** The stream ended by design: the run is over and every event of it is here. */
  complete: boolean;
}

export interface FeedHandlers {
  onStarted(): void;
  onEvent(event: RunEvent): void;
  /** The connection dropped and is being made again (the link resumes after the last event). */
  onConnecting(error: unknown): void;
  onError(error: unknown): void;
  onComplete(): void;
}

/** Opens the event stream of one run (`imports.events`); the feed calls `unsubscribe` when nobody needs it. */
export type OpenFeed = (runId: string, handlers: FeedHandlers) => { unsubscribe(): void };

export interface RunFeed {
  /** For `useSyncExternalStore`: the first listener opens the stream, the last one to leave closes it. */
  subscribe(listener: () => void): () => void;
  getSnapshot(): FeedSnapshot;
}

export interface RunFeedsOptions {
  /** How long a feed stays open after its last listener left (a remount or a page change reuses it). */
  lingerMs?: number;
  /** Runs `flush` a little later, so a burst of events (a replay) re-renders once instead of per event. */
  schedule?: (flush: () => void) => void;
}

export const SERVER_SNAPSHOT: FeedSnapshot = Object.freeze({
  events: [],
  status: 'connecting',
  error: null,
  complete: false,
});

const FLUSH_MS = 50;
const defaultSchedule = (flush: () => void) => {
  setTimeout(flush, FLUSH_MS);
};

function createFeed(
  runId: string,
  open: OpenFeed,
  { lingerMs = 5_000, schedule = defaultSchedule }: RunFeedsOptions,
  onDispose: () => void,
): RunFeed {
  const bySeq = new Map<number, RunEvent>();
  const buffer: RunEvent[] = [];
  let unordered = false;
  let status: FeedStatus = 'connecting';
  let error: unknown = null;
  let complete = false;
  let snapshot: FeedSnapshot = { events: [], status, error, complete };
  let dirty = false;
  let flushPending = false;
  const listeners = new Set<() => void>();
  let upstream: { unsubscribe(): void } | null = null;
  let lingerTimer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    flushPending = false;
    if (!dirty) return;
    dirty = false;
    if (unordered) {
      buffer.sort((a, b) => a.seq - b.seq);
      unordered = false;
    }
    const events = snapshot.events.length === buffer.length ? snapshot.events : buffer.slice();
    snapshot = { events, status, error, complete };
    for (const listener of [...listeners]) listener();
  };
  const changed = () => {
    dirty = true;
    if (flushPending) return;
    flushPending = true;
    schedule(flush);
  };

  const add = (event: RunEvent) => {
    if (event.runId !== runId || bySeq.has(event.seq)) return;
    bySeq.set(event.seq, event);
    const last = buffer.at(-1);
    if (last && event.seq < last.seq) unordered = true;
    buffer.push(event);
  };

  const start = () => {
    if (upstream || complete) return;
    let active = true;
    const end = () => {
      active = false;
      upstream = null;
    };
    status = 'connecting';
    error = null;
    changed();
    const subscription = open(runId, {
      onStarted: () => {
        if (!active) return;
        status = 'pending';
        error = null;
        changed();
      },
      onEvent: (event) => {
        if (!active) return;
        add(event);
        status = 'pending';
        error = null;
        changed();
      },
      onConnecting: (cause) => {
        if (!active) return;
        status = 'connecting';
        error = cause;
        changed();
      },
      onError: (cause) => {
        if (!active) return;
        end();
        status = 'error';
        error = cause;
        changed();
      },
      onComplete: () => {
        if (!active) return;
        end();
        status = 'idle';
        error = null;
        complete = true;
        changed();
      },
    });
    if (active) {
      upstream = {
        unsubscribe: () => {
          end();
          subscription.unsubscribe();
        },
      };
    }
  };

  const dispose = () => {
    lingerTimer = null;
    if (listeners.size > 0) return;
    upstream?.unsubscribe();
    onDispose();
  };
  const linger = () => {
    if (lingerTimer) clearTimeout(lingerTimer);
    lingerTimer = setTimeout(dispose, lingerMs);
  };
  // A feed asked for but never listened to (a render React threw away) goes too.
  linger();

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (lingerTimer) {
        clearTimeout(lingerTimer);
        lingerTimer = null;
      }
      // A stream that failed is opened again for whoever comes next.
      start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) linger();
      };
    },
    getSnapshot: () => snapshot,
  };
}

/**
 * One event stream per run, shared by every component showing that run (the run panel, its pill in the shell,
 * the history's log), instead of one connection each: browsers allow only a few streams per server.
 */
export function createRunFeeds(open: OpenFeed, options: RunFeedsOptions = {}) {
  const feeds = new Map<string, RunFeed>();
  return {
    get(runId: string): RunFeed {
      const existing = feeds.get(runId);
      if (existing) return existing;
      const feed: RunFeed = createFeed(runId, open, options, () => {
        if (feeds.get(runId) === feed) feeds.delete(runId);
      });
      feeds.set(runId, feed);
      return feed;
    },
    /** How many runs have a feed (for tests). */
    get size() {
      return feeds.size;
    },
  };
}

export type RunFeeds = ReturnType<typeof createRunFeeds>;
