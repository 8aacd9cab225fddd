import type { AppRouter } from '@syncar/api';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import superjson from 'superjson';
import { refreshLink } from './refresh-link';
import { createSessionRefresher } from './refresh-session';

export interface ApiClientOptions {
  /** Called when the session is over and cannot be refreshed: the app goes to the login page. */
  onSessionExpired: () => void;
}

/**
 * Subscriptions stream over Server-Sent Events, everything else goes over batched HTTP. Both send the httpOnly
 * session cookies (the API is on another origin); the refresh link renews them when the access token expires.
 */
export function createApiClient(apiUrl: string, { onSessionExpired }: ApiClientOptions) {
  const url = `${apiUrl.replace(/\/+$/, '')}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
      refreshLink({ refresh: createSessionRefresher(url), onSessionExpired }),
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          eventSourceOptions: () => ({ withCredentials: true }),
        }),
        false: httpBatchLink({
          url,
          transformer: superjson,
          fetch: (input, init) => fetch(input, { ...init, credentials: 'include' }),
        }),
      }),
    ],
  });
}
