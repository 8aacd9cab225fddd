import { hashApiTokenSecret } from '@syncar/auth';
import type { Permission } from '@syncar/contracts';
import {
  findPrincipal,
  findTokenPrincipal,
  type Principal,
  recordAudit,
  type TokenPrincipal,
  touchApiToken,
} from '@syncar/db';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context';
import { recheckWhileStreaming } from './lib/recheck';

/** What a procedure requires: a permission, any signed-in user, or nothing (login, refresh). */
export type Access = Permission | 'authenticated' | 'public';

/** A procedure exposed under /api (rest.ts): how it is called over REST and listed in the OpenAPI document. */
export interface OpenApiMeta {
  method: 'GET' | 'POST';
  /** Below /api; `{field}` segments are input fields taken from the path. */
  path: `/${string}`;
  tags: string[];
  summary: string;
  description?: string;
  /** Every exposed procedure needs an API token (or a session). */
  protect: true;
}

export interface Meta {
  /**
   * Set only through `procedure()`; a test walks every procedure × role against it. Optional in the type only
   * so that a procedure can add `.meta({ openapi })` after it (metas merge).
   */
  access?: Access;
  openapi?: OpenApiMeta;
}

/** The message a client sees for an error: Zod issues spelled out, internal errors without their details. */
export function publicMessage(error: TRPCError, requestId: string | undefined): string {
  if (error.cause instanceof ZodError) {
    return error.cause.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return `Error interno del servidor (solicitud ${requestId ?? 'desconocida'})`;
  }
  return error.message;
}

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    transformer: superjson,
    // Never send stack traces to clients, whatever NODE_ENV says.
    isDev: false,
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 20_000 },
    },
    errorFormatter({ shape, error, ctx }) {
      const { stack: _stack, ...data } = shape.data;
      const message = publicMessage(error, ctx?.requestId);
      if (error.cause instanceof ZodError) {
        return { ...shape, message, data: { ...data, fields: error.cause.issues } };
      }
      return { ...shape, message, data };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

const logged = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.logger.error(
      { err: result.error.cause ?? result.error, path, requestId: ctx.requestId },
      'procedure failed',
    );
  } else if (type !== 'subscription') {
    ctx.logger.debug(
      { path, ms: Math.round(performance.now() - started), requestId: ctx.requestId },
      'procedure',
    );
  }
  return result;
});

export const SESSION_EXPIRED = 'Tu sesión expiró; inicia sesión de nuevo';
export const API_TOKEN_REFUSED = 'El token de API no es válido, expiró o fue revocado';

/** The cause of a 429: the HTTP layers turn it into a Retry-After header. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`rate limited for ${retryAfterSeconds} s`);
  }
}

/** Mutations from a browser must come from the web app's own origin (CSRF defence beside SameSite cookies). */
function checkOrigin(ctx: Context, type: string) {
  // A bearer token is only read from requests without cookies: nothing a browser would send on its own.
  if (type !== 'mutation' || ctx.transport !== 'http' || ctx.bearerToken) return;
  const origin = ctx.client.origin;
  if (origin && !ctx.allowedOrigins.includes(origin)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Origen no permitido: ${origin}` });
  }
}

const isTokenPrincipal = (principal: Principal): principal is TokenPrincipal => 'apiTokenId' in principal;

/** The caller: the session of the access-token cookie, or the owner of the bearer API token (scope ∩ role). */
async function currentPrincipal(ctx: Context): Promise<Principal> {
  if (ctx.bearerToken) {
    const principal = await findTokenPrincipal(ctx.db, hashApiTokenSecret(ctx.bearerToken));
    if (!principal) throw new TRPCError({ code: 'UNAUTHORIZED', message: API_TOKEN_REFUSED });
    return principal;
  }
  if (!ctx.claims) throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_EXPIRED });
  const principal = await findPrincipal(ctx.db, ctx.claims.userId, ctx.claims.sessionId);
  if (!principal) throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_EXPIRED });
  return principal;
}

function requirePermission(principal: Principal, access: Access) {
  if (access === 'authenticated' || access === 'public') return;
  if (!principal.permissions.includes(access)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `No tienes permiso para esta acción (${access})` });
  }
}

/** What a token adds to the checks: no session-only procedures, its rate limit, and its last use. */
async function admitApiToken(ctx: Context, principal: TokenPrincipal, access: Access) {
  if (access === 'authenticated') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Esta acción requiere iniciar sesión en SYNCAR; no está disponible con un token de API',
    });
  }
  const wait = await ctx.auth.apiTokenLimiter.consume(principal.apiTokenId);
  if (wait > 0) {
    throw new TRPCError({
      code: 'TOO_MANY_REQUESTS',
      message: `Demasiadas solicitudes con este token; inténtalo de nuevo en ${wait} s`,
      cause: new RateLimited(wait),
    });
  }
  if (!principal.lastUsedAt || Date.now() - principal.lastUsedAt.getTime() >= 60_000) {
    await touchApiToken(ctx.db, principal.apiTokenId, ctx.client.ip);
  }
}

/**
 * The one procedure builder. Every query, mutation and subscription names what it requires here, and this is
 * the only place that checks it: the session is re-read from PostgreSQL on every call (a deactivated user or
 * a changed role applies at once), and open subscriptions re-check it while they stream.
 */
export function procedure(access: Access) {
  return t.procedure
    .meta({ access })
    .use(logged)
    .use(async ({ ctx, type, next }) => {
      checkOrigin(ctx, type);
      if (access === 'public') return next();
      const principal = await currentPrincipal(ctx);
      if (isTokenPrincipal(principal)) await admitApiToken(ctx, principal, access);
      requirePermission(principal, access);
      const result = await next({ ctx: { ...ctx, principal } });
      if (type !== 'subscription' || !result.ok) return result;
      const recheck = async () => requirePermission(await currentPrincipal(ctx), access);
      return { ...result, data: recheckWhileStreaming(result.data as AsyncIterable<unknown>, recheck) };
    });
}

/** The signed-in principal inside a procedure that requires one. */
export function principalOf(ctx: Context): Principal {
  if (!ctx.principal) throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_EXPIRED });
  return ctx.principal;
}

/** Writes an audit entry for the current caller. */
export function audit(
  ctx: Context,
  action: string,
  target?: { type: string; id: string | null },
  details?: Record<string, unknown>,
) {
  return recordAudit(ctx.db, {
    actorId: ctx.principal?.userId ?? null,
    actorLabel: ctx.principal?.username ?? 'anónimo',
    action,
    targetType: target?.type ?? null,
    targetId: target?.id ?? null,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    details:
      ctx.principal && isTokenPrincipal(ctx.principal)
        ? { ...details, apiToken: ctx.principal.apiTokenPrefix }
        : (details ?? {}),
  });
}

export { TRPCError };
