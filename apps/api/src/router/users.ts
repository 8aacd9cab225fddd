import { type Actor, canGrant, canManageUser, hashPassword } from '@syncar/auth';
import {
  createUserInputSchema,
  listUsersInputSchema,
  listUsersOutputSchema,
  resetPasswordInputSchema,
  updateUserInputSchema,
  userSchema,
} from '@syncar/contracts';
import {
  countActiveSuperAdmins,
  findRole,
  findUser,
  insertUser,
  listUsers,
  type Principal,
  revokeUserSessions,
  setPasswordHash,
  updateUser,
} from '@syncar/db';
import { z } from 'zod';
import type { Context } from '../context';
import { conflictOnDuplicate, refuse } from '../lib/errors';
import { audit, principalOf, procedure, router, TRPCError } from '../trpc';

export const actorOf = (principal: Principal): Actor => ({
  userId: principal.userId,
  isSuperAdmin: principal.isSuperAdmin,
  permissions: principal.permissions,
});

async function requireRole(ctx: Context, roleId: string) {
  const role = await findRole(ctx.db, roleId);
  if (!role) throw new TRPCError({ code: 'BAD_REQUEST', message: 'El rol no existe' });
  return role;
}

async function requireUser(ctx: Context, id: string) {
  const user = await findUser(ctx.db, id);
  if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: 'El usuario no existe' });
  const role = await requireRole(ctx, user.roleId);
  return { user, role };
}

const duplicate = conflictOnDuplicate('Ya existe un usuario con ese nombre o correo');

export const usersRouter = router({
  list: procedure('users:manage')
    .input(listUsersInputSchema)
    .output(listUsersOutputSchema)
    .query(({ ctx, input }) => listUsers(ctx.db, input)),

  create: procedure('users:manage')
    .input(createUserInputSchema)
    .output(userSchema)
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(principalOf(ctx));
      const role = await requireRole(ctx, input.roleId);
      refuse(canGrant(actor, role));
      const id = await insertUser(ctx.db, {
        username: input.username,
        email: input.email,
        displayName: input.displayName,
        roleId: role.id,
        passwordHash: await hashPassword(input.password),
      }).catch(duplicate);
      await audit(ctx, 'user.created', { type: 'user', id }, { username: input.username, role: role.name });
      return (await findUser(ctx.db, id))!;
    }),

  update: procedure('users:manage')
    .input(updateUserInputSchema)
    .output(userSchema)
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(principalOf(ctx));
      const { user, role } = await requireUser(ctx, input.id);
      const changesRole = input.roleId !== undefined && input.roleId !== user.roleId;
      const changesActive = input.isActive !== undefined && input.isActive !== user.isActive;
      refuse(
        canManageUser(
          actor,
          { id: user.id, isSuperAdmin: role.isSuperAdmin },
          { role: changesRole, active: changesActive },
        ),
      );
      const newRole = changesRole ? await requireRole(ctx, input.roleId!) : role;
      if (changesRole) refuse(canGrant(actor, newRole));
      const losesSuperAdmin =
        role.isSuperAdmin &&
        user.isActive &&
        ((changesRole && !newRole.isSuperAdmin) || input.isActive === false);
      if (losesSuperAdmin && (await countActiveSuperAdmins(ctx.db)) <= 1) {
        refuse('No se puede quitar al último Super Admin activo');
      }
      await updateUser(ctx.db, user.id, {
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        ...(changesRole ? { roleId: newRole.id } : {}),
        ...(changesActive ? { isActive: input.isActive! } : {}),
      }).catch(duplicate);
      if (input.isActive === false) await revokeUserSessions(ctx.db, user.id);
      await audit(
        ctx,
        'user.updated',
        { type: 'user', id: user.id },
        {
          username: user.username,
          ...(changesRole ? { role: { from: role.name, to: newRole.name } } : {}),
          ...(changesActive ? { active: input.isActive } : {}),
          ...(input.email !== undefined && input.email !== user.email ? { email: input.email } : {}),
        },
      );
      return (await findUser(ctx.db, user.id))!;
    }),

  resetPassword: procedure('users:manage')
    .input(resetPasswordInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(principalOf(ctx));
      const { user, role } = await requireUser(ctx, input.id);
      refuse(canManageUser(actor, { id: user.id, isSuperAdmin: role.isSuperAdmin }, {}));
      await setPasswordHash(ctx.db, user.id, await hashPassword(input.newPassword));
      await revokeUserSessions(ctx.db, user.id);
      await audit(ctx, 'user.password.reset', { type: 'user', id: user.id }, { username: user.username });
      return { ok: true as const };
    }),
});
