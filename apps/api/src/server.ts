import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pingDatabase } from '@syncar/db';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import type { ApiServices, Context } from './context';
import { appRouter } from './router';

export interface ApiServerOptions {
  services: ApiServices;
  /** Redis health for /readyz. */
  pingRedis: () => Promise<unknown>;
  /** Origins allowed to call the API from a browser (CORS, with credentials). */
  allowedOrigins: readonly string[];
}

export interface ApiServer {
  server: Server;
  /** Tells WebSocket clients to reconnect elsewhere, then stops accepting connections. */
  close(): Promise<void>;
}

function clientIp(req: IncomingMessage): string | null {
  return req.socket.remoteAddress ?? null;
}

function applyCors(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin && allowed.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Headers', 'content-type, trpc-accept, x-trpc-source, last-event-id');
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return true;
  }
  return false;
}

async function probe(check: () => Promise<unknown>, timeoutMs = 2_000): Promise<string | null> {
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs),
      ),
    ]);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function createApiServer({ services, pingRedis, allowedOrigins }: ApiServerOptions): ApiServer {
  const createContext = ({ req }: { req: IncomingMessage }): Context => ({
    ...services,
    requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
    ip: clientIp(req),
  });

  const trpc = createHTTPHandler({ router: appRouter, createContext, basePath: '/trpc/' });

  const server = createServer(async (req, res) => {
    if (applyCors(req, res, allowedOrigins)) return;
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const [postgres, redis] = await Promise.all([probe(() => pingDatabase(services.db)), probe(pingRedis)]);
      const ready = postgres === null && redis === null;
      return sendJson(res, ready ? 200 : 503, {
        status: ready ? 'ready' : 'unavailable',
        postgres: postgres ?? 'ok',
        redis: redis ?? 'ok',
      });
    }
    if (path?.startsWith('/trpc/')) return trpc(req, res);
    sendJson(res, 404, { error: 'Not found' });
  });

  const wss = new WebSocketServer({ server, path: '/trpc' });
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext,
    keepAlive: { enabled: true, pingMs: 15_000, pongWaitMs: 5_000 },
  });

  return {
    server,
    async close() {
      wsHandler.broadcastReconnectNotification();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
