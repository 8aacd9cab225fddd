import type { AppRouter } from '@syncar/api';
import type { Operation, TRPCLink } from '@trpc/client';
import { isUnauthorized } from './errors';
import { resultObservable } from './observable';

/** What trading the refresh cookie for new ones gave: new cookies, no session, or no answer (API down). */
export type RefreshOutcome = 'refreshed' | 'expired' | 'unavailable';

export interface RefreshLinkOptions {
  /** Calls `auth.refresh`. Never called twice at once: concurrent failures share one call. */
  refresh: () => Promise<RefreshOutcome>;
  /** The session is over (the refresh was refused): the app sends the user to the login page. */
  onSessionExpired: () => void;
}

/** How a session starts: a failure of these is the answer itself, never a reason to refresh. */
const NO_REFRESH: ReadonlySet<string> = new Set(['auth.login', 'auth.refresh']);

/**
 * A subscription lives longer than an access token: once it has streamed this long since its last refresh, a
 * new UNAUTHORIZED (on reconnect) earns it another refresh. Queries and mutations get exactly one.
 */
const SUBSCRIPTION_REFRESH_AFTER_MS = 30_000;

function withLastEventId(op: Operation, lastEventId: string | undefined): Operation {
  if (!lastEventId || (op.input != null && typeof op.input !== 'object')) return op;
  return { ...op, input: { ...(op.input ?? {}), lastEventId } };
}

/**
 * Silent refresh. An operation (query, mutation or subscription) that fails with UNAUTHORIZED waits for one
 * shared `auth.refresh` and then runs again once; a subscription resumes after the last event id it received.
 * If the refresh is refused, `onSessionExpired` runs and the operation fails with its original error.
 * Place it before the terminating links.
 */
export function refreshLink({ refresh, onSessionExpired }: RefreshLinkOptions): TRPCLink<AppRouter> {
  let inflight: Promise<RefreshOutcome> | null = null;
  const refreshOnce = () => {
    inflight ??= refresh().finally(() => {
      inflight = null;
    });
    return inflight;
  };

  return () =>
    ({ op, next }) => {
      if (NO_REFRESH.has(op.path)) return next(op);
      return resultObservable((observer) => {
        let disposed = false;
        let current: { unsubscribe(): void } | null = null;
        let lastEventId: string | undefined;
        let refreshedAt: number | null = null;

        const mayRefresh = () =>
          refreshedAt === null ||
          (op.type === 'subscription' && Date.now() - refreshedAt > SUBSCRIPTION_REFRESH_AFTER_MS);

        const attempt = () => {
          if (disposed) return;
          current = next(withLastEventId(op, lastEventId)).subscribe({
            next(envelope) {
              const { result } = envelope;
              if ((!('type' in result) || result.type === 'data') && 'id' in result && result.id) {
                lastEventId = String(result.id);
              }
              observer.next(envelope);
            },
            error(error) {
              if (disposed) return;
              if (!isUnauthorized(error) || !mayRefresh()) {
                observer.error(error);
                return;
              }
              refreshedAt = Date.now();
              void refreshOnce().then((outcome) => {
                if (disposed) return;
                if (outcome === 'refreshed') return attempt();
                if (outcome === 'expired') onSessionExpired();
                observer.error(error);
              });
            },
            complete() {
              observer.complete();
            },
          });
        };

        // A refresh under way: this operation would only fail with the old cookies, so it waits for the new ones.
        if (inflight) void inflight.then(attempt);
        else attempt();

        return () => {
          disposed = true;
          current?.unsubscribe();
        };
      });
    };
}
