import type { IncomingMessage, ServerResponse } from 'node:http';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { ZodError, type z } from 'zod';
import type { Context } from '../context';
import { appRouter } from '../router';
import { createCallerFactory, publicMessage, RateLimited, TRPCError } from '../trpc';
import { serveDocs } from './docs';
import { openApiDocument } from './openapi';
import { type RestRoute, restRoutes } from './routes';
import { isObjectSchema, queryKind } from './schemas';

const createCaller = createCallerFactory(appRouter);

export interface RestOptions {
  /** The tRPC context of the request: the same cookie/token resolution and checks as every procedure. */
  createContext(req: IncomingMessage): Promise<Context>;
  maxBodyBytes: number;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body ?? null));
}

const refuse = (code: TRPCError['code'], message: string): never => {
  throw new TRPCError({ code, message });
};

/** Query parameters typed after the route's input fields (the procedure validates the values). */
function fromQuery(
  input: z.ZodType | undefined,
  params: URLSearchParams,
): Record<string, unknown> | undefined {
  if (!input || !isObjectSchema(input)) return undefined;
  const value: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(input.shape)) {
    const values = params.getAll(key);
    const kind = queryKind(field as z.ZodType);
    if (kind === 'array') {
      if (values.length) value[key] = values;
      continue;
    }
    if (values.length > 1) refuse('BAD_REQUEST', `${key}: indícalo una sola vez`);
    const [text] = values;
    if (text === undefined || (text === '' && kind !== 'string')) continue;
    if (kind === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(text)) refuse('BAD_REQUEST', `${key}: debe ser un número`);
      value[key] = Number(text);
    } else if (kind === 'boolean') {
      if (text !== 'true' && text !== 'false') refuse('BAD_REQUEST', `${key}: debe ser true o false`);
      value[key] = text === 'true';
    } else {
      value[key] = text;
    }
  }
  return value;
}

async function readJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) refuse('PAYLOAD_TOO_LARGE', 'La solicitud es demasiado grande');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return undefined;
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    refuse('UNSUPPORTED_MEDIA_TYPE', 'El cuerpo debe ser JSON (Content-Type: application/json)');
  }
  try {
    return JSON.parse(text);
  } catch {
    return refuse('BAD_REQUEST', 'El cuerpo de la solicitud no es JSON válido');
  }
}

function pathParams(match: RegExpExecArray): Record<string, string> {
  try {
    return Object.fromEntries(
      Object.entries(match.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]),
    );
  } catch {
    return refuse('BAD_REQUEST', 'La ruta no es válida');
  }
}

async function readInput(
  route: RestRoute,
  req: IncomingMessage,
  match: RegExpExecArray,
  maxBodyBytes: number,
) {
  let input =
    route.openapi.method === 'GET'
      ? fromQuery(route.input, new URL(req.url ?? '/', 'http://api.invalid').searchParams)
      : await readJson(req, maxBodyBytes);
  if (route.pathKeys.length) {
    if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
      refuse('BAD_REQUEST', 'El cuerpo debe ser un objeto JSON');
    }
    input = { ...(input as object | undefined), ...pathParams(match) };
  }
  if (!route.adapter) return input;
  const parsed = route.adapter.schema.safeParse(input ?? {});
  if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
  return route.adapter.toInput(parsed.data as never);
}

function sendError(res: ServerResponse, error: TRPCError, requestId: string | undefined) {
  const issues =
    error.cause instanceof ZodError
      ? error.cause.issues.map(({ path, message }) => ({
          path: path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          message,
        }))
      : undefined;
  const headers: Record<string, string> =
    error.cause instanceof RateLimited ? { 'retry-after': String(error.cause.retryAfterSeconds) } : {};
  send(
    res,
    getHTTPStatusCodeFromError(error),
    { message: publicMessage(error, requestId), code: error.code, ...(issues ? { issues } : {}) },
    headers,
  );
}

/**
 * /api: the procedures that declare `.meta({ openapi })`, as REST operations, with their OpenAPI document at
 * /api/openapi.json and its docs page at /api/docs. Each request is one call of the procedure through a tRPC
 * caller, so authentication, permission, rate limit and validation are exactly those of tRPC.
 */
export function createRestHandler({ createContext, maxBodyBytes }: RestOptions) {
  const routes = restRoutes(appRouter._def.procedures);
  const document = JSON.stringify(openApiDocument(routes));

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (path === '/api/openapi.json' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(document);
      return;
    }
    if (req.method === 'GET' && (await serveDocs(path, res))) return;

    const subpath = path.slice('/api'.length);
    const candidates = routes
      .map((route) => ({ route, match: route.pattern.exec(subpath) }))
      .filter(({ match }) => match);
    if (!candidates.length) {
      return send(res, 404, { message: 'Esta ruta no existe en la API (ver /api/docs)', code: 'NOT_FOUND' });
    }
    const found = candidates.find(({ route }) => route.openapi.method === req.method);
    if (!found) {
      const allow = candidates.map(({ route }) => route.openapi.method).join(', ');
      return send(res, 405, { message: 'Método no permitido', code: 'METHOD_NOT_SUPPORTED' }, { allow });
    }
    const { route, match } = found;
    let ctx: Context | undefined;
    try {
      if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
        refuse('PAYLOAD_TOO_LARGE', 'La solicitud es demasiado grande');
      }
      const input = await readInput(route, req, match!, maxBodyBytes);
      ctx = await createContext(req);
      const call = route.procedure
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], createCaller(ctx)) as (
        input: unknown,
      ) => Promise<unknown>;
      send(res, 200, await call(input));
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      sendError(res, error, ctx?.requestId);
    }
  };
}
