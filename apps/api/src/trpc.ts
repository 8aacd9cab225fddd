import type { Permission } from '@syncar/contracts';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import type { Context } from './context';

export interface Meta {
  /** What the caller must hold. Set only through `procedure()`; a test checks every procedure has one. */
  permission: Permission;
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

/**
 * The one procedure builder. Every query, mutation and subscription names the permission it needs here; the
 * access-control middleware (authentication, role check) attaches to this builder, so no procedure can skip it.
 */
export function procedure(permission: Permission) {
  return t.procedure.meta({ permission }).use(logged);
}

export { TRPCError };
