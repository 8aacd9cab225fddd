import type { AppRouter } from '@syncar/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { isUnauthorized } from './errors';
import type { RefreshOutcome } from './refresh-link';

const LOCK_NAME = 'syncar-auth-refresh';
/** When a tab last refreshed the session (a timestamp, nothing secret): other tabs then skip their refresh. */
const REFRESHED_AT_KEY = 'syncar-auth-refreshed-at';

const readRefreshedAt = () => {
  try {
    return Number(window.localStorage.getItem(REFRESHED_AT_KEY) ?? 0);
  } catch {
    return 0;
  }
};

const writeRefreshedAt = (at: number) => {
  try {
    window.localStorage.setItem(REFRESHED_AT_KEY, String(at));
  } catch {
    // Storage may be off (private mode): tabs then simply each refresh in turn.
  }
};

/** Runs `task` while holding a lock shared by every tab of the app (Web Locks), or directly without it. */
function withTabLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return navigator.locks.request(LOCK_NAME, task);
}

/**
 * `auth.refresh`, safe across tabs. A refresh token is valid once and presenting it twice revokes the session,
 * so tabs refresh one at a time (the cookies are shared: the second tab already holds the rotated ones), and a
 * tab that finds another one refreshed while it waited does not refresh at all.
 */
export function createSessionRefresher(url: string): () => Promise<RefreshOutcome> {
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url,
        transformer: superjson,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
      }),
    ],
  });
  return () => {
    const requestedAt = Date.now();
    return withTabLock(async (): Promise<RefreshOutcome> => {
      if (readRefreshedAt() >= requestedAt) return 'refreshed';
      try {
        await client.auth.refresh.mutate();
        writeRefreshedAt(Date.now());
        return 'refreshed';
      } catch (error) {
        return isUnauthorized(error) ? 'expired' : 'unavailable';
      }
    });
  };
}
