import type { RunEvent } from '@syncar/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunFeeds, type FeedHandlers } from './run-feeds';

const RUN = '00000000-0000-4000-8000-000000000001';
const event = (seq: number, runId = RUN): RunEvent => ({
  runId,
  seq,
  at: new Date(seq * 1000),
  data: { type: 'log', level: 'info', message: `event ${seq}` },
});

/** A fake `imports.events`: records each stream opened, and lets the test push into it. */
function setup(lingerMs = 1_000) {
  const streams: Array<{ runId: string; handlers: FeedHandlers; closed: boolean }> = [];
  const open = vi.fn((runId: string, handlers: FeedHandlers) => {
    const stream = { runId, handlers, closed: false };
    streams.push(stream);
    return {
      unsubscribe: () => {
        stream.closed = true;
      },
    };
  });
  // Synchronous flushes: every change shows at once.
  const feeds = createRunFeeds(open, { lingerMs, schedule: (flush) => flush() });
  return { feeds, open, streams };
}

describe('run feeds', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shares one stream among every listener of a run', () => {
    const { feeds, open, streams } = setup();
    const feed = feeds.get(RUN);
    const a = vi.fn();
    const b = vi.fn();
    feed.subscribe(a);
    feeds.get(RUN).subscribe(b);
    expect(open).toHaveBeenCalledTimes(1);
    expect(feed.getSnapshot().status).toBe('connecting');

    streams[0]!.handlers.onStarted();
    streams[0]!.handlers.onEvent(event(1));
    expect(feed.getSnapshot()).toMatchObject({ status: 'pending', complete: false });
    expect(feed.getSnapshot().events.map((e) => e.seq)).toEqual([1]);
    expect(a).toHaveBeenCalled();
    expect(b).toHaveBeenCalled();
  });

  it('keeps each event once, in seq order, and ignores other runs', () => {
    const { feeds, streams } = setup();
    const feed = feeds.get(RUN);
    feed.subscribe(() => {});
    const { onEvent } = streams[0]!.handlers;
    for (const seq of [1, 3, 2, 3, 1]) onEvent(event(seq));
    onEvent(event(4, '00000000-0000-4000-8000-000000000009'));
    expect(feed.getSnapshot().events.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('keeps the events array while only the status changes', () => {
    const { feeds, streams } = setup();
    const feed = feeds.get(RUN);
    feed.subscribe(() => {});
    streams[0]!.handlers.onEvent(event(1));
    const before = feed.getSnapshot().events;
    streams[0]!.handlers.onConnecting(new Error('dropped'));
    expect(feed.getSnapshot()).toMatchObject({ status: 'connecting' });
    expect(feed.getSnapshot().events).toBe(before);
  });

  it('closes the stream a while after the last listener left, unless one comes back', () => {
    const { feeds, open, streams } = setup(1_000);
    const feed = feeds.get(RUN);
    const leave = feed.subscribe(() => {});
    leave();
    vi.advanceTimersByTime(500);
    // A remount (React strict mode, a page change) takes the same stream back.
    const leaveAgain = feed.subscribe(() => {});
    vi.advanceTimersByTime(5_000);
    expect(streams[0]!.closed).toBe(false);
    leaveAgain();
    vi.advanceTimersByTime(1_000);
    expect(streams[0]!.closed).toBe(true);
    expect(feeds.size).toBe(0);
    // Asked for again later: a new stream.
    feeds.get(RUN).subscribe(() => {});
    expect(open).toHaveBeenCalledTimes(2);
  });

  it('does not open the stream again once the run has ended', () => {
    const { feeds, open, streams } = setup();
    const feed = feeds.get(RUN);
    feed.subscribe(() => {});
    streams[0]!.handlers.onEvent(event(1));
    streams[0]!.handlers.onComplete();
    expect(feed.getSnapshot()).toMatchObject({ status: 'idle', complete: true });
    feed.subscribe(() => {});
    expect(open).toHaveBeenCalledTimes(1);
    expect(feed.getSnapshot().events).toHaveLength(1);
  });

  it('opens a failed stream again for the next listener, keeping what it had', () => {
    const { feeds, open, streams } = setup();
    const feed = feeds.get(RUN);
    feed.subscribe(() => {});
    streams[0]!.handlers.onEvent(event(1));
    streams[0]!.handlers.onError(new Error('boom'));
    expect(feed.getSnapshot()).toMatchObject({ status: 'error' });
    // Late calls from the failed stream are ignored.
    streams[0]!.handlers.onEvent(event(2));
    feed.subscribe(() => {});
    expect(open).toHaveBeenCalledTimes(2);
    streams[1]!.handlers.onEvent(event(1));
    streams[1]!.handlers.onEvent(event(2));
    expect(feed.getSnapshot().events.map((e) => e.seq)).toEqual([1, 2]);
    expect(feed.getSnapshot().status).toBe('pending');
  });

  it('drops a feed nobody ever listened to', () => {
    const { feeds, open } = setup(1_000);
    feeds.get(RUN);
    vi.advanceTimersByTime(1_000);
    expect(feeds.size).toBe(0);
    expect(open).not.toHaveBeenCalled();
  });

  it('re-renders once for a burst of events', () => {
    const open = vi.fn((_runId: string, handlers: FeedHandlers) => {
      for (let seq = 1; seq <= 100; seq++) handlers.onEvent(event(seq));
      return { unsubscribe: () => {} };
    });
    const feeds = createRunFeeds(open);
    const listener = vi.fn();
    const feed = feeds.get(RUN);
    feed.subscribe(listener);
    expect(listener).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(feed.getSnapshot().events).toHaveLength(100);
  });
});
