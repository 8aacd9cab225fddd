import { isServer, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isTRPCClientError } from '@trpc/client';
import { isForbidden } from './errors';

const MAX_RETRIES = 2;
/** The key prefix of `auth.me` (tRPC keys are `[path segments, { type, input }]`). */
const ME_KEY = [['auth', 'me']];

/** Errors the server chose to send (not found, conflict, bad input...) will not change by asking again. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isTRPCClientError(error)) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (status !== undefined && status >= 400 && status < 500) return false;
  }
  return failureCount < MAX_RETRIES;
}

function makeQueryClient() {
  // A FORBIDDEN may mean the user's role changed since `auth.me` was read: read it again so the navigation and
  // the buttons match what the server now allows.
  const onError = (error: unknown) => {
    if (isForbidden(error)) void client.invalidateQueries({ queryKey: ME_KEY });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return client;
}

let browserQueryClient: QueryClient | undefined;

/** One client per server render, one for the lifetime of the browser tab. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
