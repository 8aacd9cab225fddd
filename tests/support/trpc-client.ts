import type { AppRouter } from '@syncar/api';
import {
  createTRPCClient,
  createWSClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  type TRPCClient,
  wsLink,
} from '@trpc/client';
import { EventSource } from 'eventsource';
import superjson from 'superjson';
import WebSocket from 'ws';

export type ApiClient = TRPCClient<AppRouter>;

/** A Node tRPC client for the API: queries over HTTP, subscriptions over SSE or WebSocket. */
export function createApiClient(apiUrl: string, transport: 'sse' | 'ws' = 'sse') {
  const url = `${apiUrl}/trpc`;
  const wsClient =
    transport === 'ws'
      ? createWSClient({
          url: url.replace(/^http/, 'ws'),
          WebSocket: WebSocket as never,
          retryDelayMs: () => 200,
        })
      : undefined;
  const client = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: wsClient
          ? wsLink({ client: wsClient, transformer: superjson })
          : httpSubscriptionLink({ url, transformer: superjson, EventSource }),
        false: httpBatchLink({ url, transformer: superjson }),
      }),
    ],
  });
  return { client, close: () => wsClient?.close() };
}
