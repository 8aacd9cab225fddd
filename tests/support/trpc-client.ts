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

/** The cookies a browser would keep for the API, for Node clients. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index);
      const value = pair!.slice(index + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string) {
    return this.cookies.get(name);
  }

  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
}

/**
 * A Node tRPC client for the API that keeps cookies like a browser: queries over HTTP, subscriptions over
 * SSE or WebSocket. `origin` is sent as the Origin header, as a browser on the web app would.
 */
export function createApiClient(apiUrl: string, transport: 'sse' | 'ws' = 'sse', origin?: string) {
  const url = `${apiUrl}/trpc`;
  const jar = new CookieJar();
  const fetchWithCookies: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    const cookie = jar.header();
    if (cookie) headers.set('cookie', cookie);
    if (origin) headers.set('origin', origin);
    const response = await fetch(input, { ...init, headers });
    jar.store(response);
    return response;
  };
  class CookieWebSocket extends WebSocket {
    constructor(address: string) {
      super(address, { headers: { cookie: jar.header(), ...(origin ? { origin } : {}) } });
    }
  }
  const wsClient =
    transport === 'ws'
      ? createWSClient({
          url: url.replace(/^http/, 'ws'),
          WebSocket: CookieWebSocket as never,
          retryDelayMs: () => 200,
          lazy: { enabled: true, closeMs: 0 },
        })
      : undefined;
  const client = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: wsClient
          ? wsLink({ client: wsClient, transformer: superjson })
          : httpSubscriptionLink({
              url,
              transformer: superjson,
              EventSource,
              eventSourceOptions: () => ({ fetch: fetchWithCookies }),
            }),
        false: httpBatchLink({ url, transformer: superjson, fetch: fetchWithCookies }),
      }),
    ],
  });
  return {
    client,
    jar,
    login: (login: string, password: string) => client.auth.login.mutate({ login, password }),
    close: () => wsClient?.close(),
  };
}
