import {
  authCookies,
  clearedAuthCookies,
  hashPassword,
  verifyAgainstNothing,
  verifyPassword,
} from '@syncar/auth';
import { changeMyPasswordInputSchema, loginInputSchema, type Me, meSchema } from '@syncar/contracts';
import {
  findPasswordHash,
  findPrincipal,
  findSession,
  findUserForLogin,
  type Principal,
  recordAudit,
  recordLogin,
  revokeSessionFamily,
  revokeUserSessions,
  setPasswordHash,
} from '@syncar/db';
import { z } from 'zod';
import type { Context } from '../context';
import { audit, principalOf, procedure, router, SESSION_EXPIRED, TRPCError } from '../trpc';

const INVALID_LOGIN = 'Usuario o contraseña incorrectos';

const toMe = (principal: Principal): Me => ({
  id: principal.userId,
  username: principal.username,
  email: principal.email,
  displayName: principal.displayName,
  locale: principal.locale as Me['locale'],
  role: { id: principal.roleId, name: principal.roleName, isSuperAdmin: principal.isSuperAdmin },
  permissions: principal.permissions,
});

async function startSession(ctx: Context, userId: string, familyId?: string) {
  const session = await ctx.auth.sessions.issue(userId, ctx.client, familyId);
  return session;
}

async function setSessionCookies(
  ctx: Context,
  userId: string,
  session: { sessionId: string; refreshToken: string; expiresAt: Date },
) {
  const accessToken = await ctx.auth.tokens.sign({ userId, sessionId: session.sessionId });
  ctx.setCookies.push(
    ...authCookies(
      { secure: ctx.auth.cookieSecure },
      {
        accessToken,
        accessTtlSeconds: ctx.auth.tokens.ttlSeconds,
        refreshToken: session.refreshToken,
        refreshExpiresAt: session.expiresAt,
      },
    ),
  );
}

const loginAudit = (
  ctx: Context,
  action: string,
  actor: { id: string | null; label: string },
  details = {},
) =>
  recordAudit(ctx.db, {
    actorId: actor.id,
    actorLabel: actor.label,
    action,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
    details,
  });

export const authRouter = router({
  login: procedure('public')
    .input(loginInputSchema)
    .output(meSchema)
    .mutation(async ({ ctx, input }) => {
      const ip = ctx.client.ip ?? 'unknown';
      const wait = await ctx.auth.limiter.checkAttempt(ip, input.login);
      if (wait > 0) {
        await loginAudit(ctx, 'auth.login.throttled', { id: null, label: input.login });
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `Demasiados intentos; inténtalo de nuevo en ${wait} s`,
        });
      }
      const user = await findUserForLogin(ctx.db, input.login);
      const ok = user
        ? await verifyPassword(user.passwordHash, input.password)
        : await verifyAgainstNothing(input.password);
      if (!user || !ok || !user.isActive) {
        await ctx.auth.limiter.recordFailure(input.login);
        await loginAudit(
          ctx,
          'auth.login.failed',
          { id: user?.id ?? null, label: input.login },
          {
            reason: !user ? 'unknown user' : !ok ? 'wrong password' : 'inactive user',
          },
        );
        throw new TRPCError({ code: 'UNAUTHORIZED', message: INVALID_LOGIN });
      }
      await ctx.auth.limiter.recordSuccess(input.login);
      const session = await startSession(ctx, user.id);
      await setSessionCookies(ctx, user.id, session);
      await recordLogin(ctx.db, user.id);
      await loginAudit(ctx, 'auth.login', { id: user.id, label: user.username });
      const principal = await findPrincipal(ctx.db, user.id, session.sessionId);
      if (!principal) throw new TRPCError({ code: 'UNAUTHORIZED', message: INVALID_LOGIN });
      return toMe(principal);
    }),

  /** Trades the refresh cookie for new cookies. A refresh token presented twice revokes its whole family. */
  refresh: procedure('public')
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      if (!ctx.refreshToken) throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_EXPIRED });
      const outcome = await ctx.auth.sessions.rotate(ctx.refreshToken, ctx.client);
      if (outcome.kind === 'reused') {
        await loginAudit(
          ctx,
          'auth.refresh.reused',
          { id: outcome.userId, label: outcome.userId },
          {
            familyId: outcome.familyId,
          },
        );
      }
      if (outcome.kind !== 'rotated') {
        ctx.setCookies.push(...clearedAuthCookies({ secure: ctx.auth.cookieSecure }));
        throw new TRPCError({ code: 'UNAUTHORIZED', message: SESSION_EXPIRED });
      }
      await setSessionCookies(ctx, outcome.userId, outcome.session);
      return { ok: true as const };
    }),

  logout: procedure('authenticated')
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx }) => {
      const principal = principalOf(ctx);
      const session = await findSession(ctx.db, principal.sessionId);
      if (session) await revokeSessionFamily(ctx.db, session.familyId);
      ctx.setCookies.push(...clearedAuthCookies({ secure: ctx.auth.cookieSecure }));
      await audit(ctx, 'auth.logout');
      return { ok: true as const };
    }),

  me: procedure('authenticated')
    .output(meSchema)
    .query(({ ctx }) => toMe(principalOf(ctx))),

  changePassword: procedure('authenticated')
    .input(changeMyPasswordInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const principal = principalOf(ctx);
      const current = await findPasswordHash(ctx.db, principal.userId);
      if (!current || !(await verifyPassword(current, input.currentPassword))) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'La contraseña actual no es correcta' });
      }
      await setPasswordHash(ctx.db, principal.userId, await hashPassword(input.newPassword));
      // Every other session ends; this one continues with fresh tokens.
      await revokeUserSessions(ctx.db, principal.userId);
      const session = await startSession(ctx, principal.userId);
      await setSessionCookies(ctx, principal.userId, session);
      await audit(ctx, 'auth.password.changed', { type: 'user', id: principal.userId });
      return { ok: true as const };
    }),
});
