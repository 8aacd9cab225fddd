import type { Permission } from '@syncar/contracts';
import { findPrincipal, type Principal, recordAudit } from '@syncar/db';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context';
import { recheckWhileStreaming } from './lib/recheck';

/** What a procedure requires: a permission, any signed-in user, or nothing (login, refresh). */
export type Access = Permission | 'authenticated' | 'public';

export interface Meta {
  /** Set only through `procedure()`; a test walks every procedure × role against it. */
  access: Access;
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
      if (error.cause instanceof ZodError) {
        const message = error.cause.issues
          .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
          .join('; ');
        return { ...shape, message, data: { ...data, fields: error.cause.issues } };
      }
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        return {
          ...shape,
          message: `Error interno del servidor (solicitud ${ctx?.requestId ?? 'desconocida'})`,
          data,
        };
      }
      return { ...shape, data };
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

/** Mutations from a browser must come from the web app's own origin (CSRF defence beside SameSite cookies). */
function checkOrigin(ctx: Context, type: string) {
  if (type !== 'mutation' || ctx.transport !== 'http') return;
  const origin = ctx.client.origin;
  if (origin && !ctx.allowedOrigins.includes(origin)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: `Origen no permitido: ${origin}` });
  }
}

async function currentPrincipal(ctx: Context): Promise<Principal> {
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
    details: details ?? {},
  });
}

export { TRPCError };
