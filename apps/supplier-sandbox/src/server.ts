import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@syncar/runtime';
import { type Handler, type SandboxResponse, textResponse } from './http';
import { createPortal, type SandboxOptions } from './portal';

export interface StartOptions extends SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Receives handler errors; omitted, they are only answered with a 500. */
  logger?: Logger;
}

export interface RunningSandbox {
  /** 'http://127.0.0.1:PORT' */
  url: string;
  port: number;
  /** Stops listening and closes every connection, keep-alive ones included. */
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 16 * 1024;
const HOST_HEADER = /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/;

/** Reads a request body up to `limit` bytes; undefined when it is larger. */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  if (Number(request.headers['content-length'] ?? 0) > limit) {
    request.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(res: ServerResponse, response: SandboxResponse, headOnly: boolean): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
  res.writeHead(response.status, { ...response.headers, 'content-length': String(body.length) });
  res.end(headOnly ? undefined : body);
}

interface ServeContext {
  handle: Handler;
  /** host:port for requests without a usable Host header. */
  fallbackHost: string;
  logger?: Logger;
}

async function serve(
  { handle, fallbackHost, logger }: ServeContext,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const host = req.headers.host && HOST_HEADER.test(req.headers.host) ? req.headers.host : fallbackHost;
  // Origin-form targets only ('/path?query'); anything else is treated as '/'.
  const url = new URL(`http://${host}${req.url?.startsWith('/') ? req.url : '/'}`);
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req, MAX_BODY_BYTES);
  if (body === undefined) {
    const tooLarge = textResponse('Solicitud demasiado grande', 413);
    tooLarge.headers.connection = 'close';
    send(res, tooLarge, false);
    return;
  }
  const response = await handle({
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
    origin: url.origin,
  });
  send(res, response, method === 'HEAD');
  logger?.debug({ method, path: url.pathname, status: response.status }, 'request');
}

export async function startSandbox(options: StartOptions): Promise<RunningSandbox> {
  const { port = 0, host = '127.0.0.1', logger } = options;
  const handle = createPortal(options);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const context: ServeContext = { handle, fallbackHost: urlHost, logger };
  const server = createServer((req, res) => {
    serve(context, req, res).catch((error: unknown) => {
      logger?.error({ err: error, method: req.method, url: req.url }, 'sandbox request failed');
      send(res, textResponse('Error interno', 500), false);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = (server.address() as AddressInfo).port;
  context.fallbackHost = `${urlHost}:${actualPort}`;
  return {
    url: `http://${context.fallbackHost}`,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
