import { setTimeout as delay } from 'node:timers/promises';
import { AbortedError, PortalUnavailableError, throwIfAborted } from './errors';

/**
 * Waits between attempts at a transiently failing request: 5 retries, so 6 attempts over about 20 s. A portal
 * failing one request in ten would still fail one in ten thousand after 4 attempts: once per large sync.
 */
export const RETRY_DELAYS_MS: readonly number[] = [300, 900, 2000, 5000, 12000];

/** ±20% so that clients which failed together do not all come back at the same moment. */
export const jitter = (ms: number, random: () => number = Math.random): number =>
  Math.round(ms * (0.8 + 0.4 * random()));

/** Resolves after `ms`, or rejects with AbortedError as soon as the signal fires. */
export async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  throwIfAborted(signal);
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    if (signal.aborted) throw new AbortedError();
    throw error;
  }
}

/** Runs `action` again after PortalUnavailableError, waiting `delays` in between; other errors go through. */
export async function retryUnavailable<T>(
  signal: AbortSignal,
  action: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    throwIfAborted(signal);
    try {
      return await action();
    } catch (error) {
      const wait = delays[attempt];
      if (!(error instanceof PortalUnavailableError) || wait === undefined) throw error;
      await sleep(jitter(wait), signal);
    }
  }
}
