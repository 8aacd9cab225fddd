import type { AppRouter } from '@syncar/api';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import superjson from 'superjson';

/**
 * Subscriptions stream over Server-Sent Events, everything else goes over batched HTTP. Both send cookies, so the
 * API (on another origin) can authenticate the browser once sign-in exists.
 */
export function createApiClient(apiUrl: string) {
  const url = `${apiUrl.replace(/\/+$/, '')}/trpc`;
  return createTRPCClient<AppRouter>({
    links: [
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
