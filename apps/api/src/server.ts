import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readAuthCookies, readBearerToken } from '@syncar/auth';
import { pingDatabase } from '@syncar/db';
import type { BlobStore } from '@syncar/storage';
import type { ExportFileStore } from '@syncar/storage/exports';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { WebSocketServer } from 'ws';
import { type ApiServices, type Context, clientInfo } from './context';
import { createExportDownloadHandler } from './exports-http';
import { createMediaHandler } from './media';
import { createRestHandler } from './rest';
import { appRouter } from './router';
import { RateLimited } from './trpc';

export interface ApiServerOptions {
  services: ApiServices;
  /** Redis health for /readyz. */
  pingRedis: () => Promise<unknown>;
  /** Where product images are kept, served under /media. */
  media: BlobStore;
  /** Export files written by the workers, served under /exports/<id>/download. */
  exportFiles: ExportFileStore;
}

export interface ApiServer {
  server: Server;
  /** Tells WebSocket clients to reconnect elsewhere, then stops accepting connections. */
  close(): Promise<void>;
}

/** Request bodies larger than this are refused with 413 before they are parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

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

export function createApiServer({ services, pingRedis, media, exportFiles }: ApiServerOptions): ApiServer {
  const serveMedia = createMediaHandler(media);
  const createContext = async (
    { req }: { req: IncomingMessage },
    transport: Context['transport'],
  ): Promise<Context> => {
    const { accessToken, refreshToken } = readAuthCookies(req.headers.cookie);
    return {
      ...services,
      requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
      client: clientInfo(req, services.trustProxy),
      transport,
      claims: accessToken ? await services.auth.tokens.verify(accessToken) : null,
      bearerToken: accessToken || refreshToken ? null : readBearerToken(req.headers.authorization),
      refreshToken,
      setCookies: [],
      principal: null,
    };
  };

  const serveExport = createExportDownloadHandler({
    createContext: (req) => createContext({ req }, 'http'),
    files: exportFiles,
  });

  const rest = createRestHandler({
    createContext: (req) => createContext({ req }, 'http'),
    maxBodyBytes: MAX_BODY_BYTES,
  });

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    createContext: (opts) => createContext(opts, 'http'),
    responseMeta({ ctx, errors }) {
      const headers = new Headers();
      for (const cookie of ctx?.setCookies ?? []) headers.append('set-cookie', cookie);
      const limited = errors.find((error) => error.cause instanceof RateLimited)?.cause as
        | RateLimited
        | undefined;
      if (limited) headers.set('retry-after', String(limited.retryAfterSeconds));
      return { headers };
    },
  });

  const server = createServer(async (req, res) => {
    if (applyCors(req, res, services.allowedOrigins)) return;
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
    if (path?.startsWith('/media/')) {
      return serveMedia(req, res, path).catch((err) => {
        services.logger.error({ err, path }, 'serving media failed');
        if (!res.headersSent) sendJson(res, 500, { error: { message: 'No se pudo leer la imagen' } });
        else res.destroy();
      });
    }
    if (path?.startsWith('/exports/')) {
      return serveExport(req, res, path).catch((err) => {
        services.logger.error({ err, path }, 'serving an export failed');
        if (!res.headersSent)
          sendJson(res, 500, { error: { message: 'No se pudo descargar la exportación' } });
        else res.destroy();
      });
    }
    if (path === '/api' || path?.startsWith('/api/')) {
      return rest(req, res, path).catch((err) => {
        services.logger.error({ err, path }, 'REST request failed');
        if (!res.headersSent)
          sendJson(res, 500, { message: 'Error interno del servidor', code: 'INTERNAL_SERVER_ERROR' });
        else res.destroy();
      });
    }
    if (path?.startsWith('/trpc/')) {
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        return sendJson(res, 413, { error: { message: 'La solicitud es demasiado grande' } });
      }
      return trpc(req, res);
    }
    sendJson(res, 404, { error: 'Not found' });
  });

  const wss = new WebSocketServer({ server, path: '/trpc', maxPayload: MAX_BODY_BYTES });
  const wsHandler = applyWSSHandler({
    wss,
    router: appRouter,
    createContext: (opts) => createContext(opts, 'ws'),
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
