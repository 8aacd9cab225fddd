import { issueApiTokenSecret } from '@syncar/auth';
import {
  apiTokenIdInputSchema,
  apiTokenSchema,
  createApiTokenInputSchema,
  createdApiTokenSchema,
  listApiTokensInputSchema,
} from '@syncar/contracts';
import { findApiToken, insertApiToken, listApiTokens, revokeApiToken } from '@syncar/db';
import { z } from 'zod';
import { audit, principalOf, procedure, router, TRPCError } from '../trpc';

const DAY_MS = 24 * 3600 * 1000;

/**
 * API tokens for integrations. Everyone manages their own; users:manage may list and revoke anyone's. These are
 * session-only procedures: an API token cannot list, create or revoke tokens.
 */
export const apiTokensRouter = router({
  list: procedure('authenticated')
    .input(listApiTokensInputSchema)
    .output(z.array(apiTokenSchema))
    .query(({ ctx, input }) => {
      const principal = principalOf(ctx);
      if (input.scope === 'all') {
        if (!principal.permissions.includes('users:manage')) {
          throw new TRPCError({
            code: 'FORBIDDEN',
            message: 'No tienes permiso para ver los tokens de otros',
          });
        }
        return listApiTokens(ctx.db);
      }
      return listApiTokens(ctx.db, { userId: principal.userId });
    }),

  /** The secret is in this answer only: SYNCAR keeps its hash. */
  create: procedure('authenticated')
    .input(createApiTokenInputSchema)
    .output(createdApiTokenSchema)
    .mutation(async ({ ctx, input }) => {
      const principal = principalOf(ctx);
      const foreign = input.permissions.filter((permission) => !principal.permissions.includes(permission));
      if (foreign.length) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `No puedes dar a un token permisos que no tienes: ${foreign.join(', ')}`,
        });
      }
      const { secret, prefix, secretHash } = issueApiTokenSecret();
      const token = await insertApiToken(ctx.db, {
        userId: principal.userId,
        name: input.name,
        prefix,
        secretHash,
        permissions: input.permissions,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
      });
      await audit(
        ctx,
        'api_token.created',
        { type: 'api_token', id: token.id },
        { name: token.name, prefix, permissions: token.permissions, expiresAt: token.expiresAt },
      );
      return { token, secret };
    }),

  revoke: procedure('authenticated')
    .input(apiTokenIdInputSchema)
    .output(apiTokenSchema)
    .mutation(async ({ ctx, input }) => {
      const principal = principalOf(ctx);
      const token = await findApiToken(ctx.db, input.id);
      const mayRevoke =
        token && (token.owner.id === principal.userId || principal.permissions.includes('users:manage'));
      if (!mayRevoke) throw new TRPCError({ code: 'NOT_FOUND', message: 'El token no existe' });
      if (await revokeApiToken(ctx.db, token.id, principal.userId)) {
        await audit(
          ctx,
          'api_token.revoked',
          { type: 'api_token', id: token.id },
          { name: token.name, prefix: token.prefix, owner: token.owner.username },
        );
      }
      return (await findApiToken(ctx.db, token.id))!;
    }),
});
