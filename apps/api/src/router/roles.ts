import { canGrant } from '@syncar/auth';
import {
  createRoleInputSchema,
  roleIdInputSchema,
  roleSchema,
  updateRoleInputSchema,
} from '@syncar/contracts';
import { deleteRole, findRole, insertRole, listRoles, updateRole } from '@syncar/db';
import { z } from 'zod';
import { conflictOnDuplicate, refuse } from '../lib/errors';
import { audit, principalOf, procedure, router, TRPCError } from '../trpc';
import { actorOf } from './users';

const duplicate = conflictOnDuplicate('Ya existe un rol con ese nombre');

export const rolesRouter = router({
  list: procedure('users:manage')
    .output(z.array(roleSchema))
    .query(({ ctx }) => listRoles(ctx.db)),

  create: procedure('users:manage')
    .input(createRoleInputSchema)
    .output(roleSchema)
    .mutation(async ({ ctx, input }) => {
      refuse(canGrant(actorOf(principalOf(ctx)), { isSuperAdmin: false, permissions: input.permissions }));
      const id = await insertRole(ctx.db, input).catch(duplicate);
      await audit(
        ctx,
        'role.created',
        { type: 'role', id },
        { name: input.name, permissions: input.permissions },
      );
      return (await findRole(ctx.db, id))!;
    }),

  update: procedure('users:manage')
    .input(updateRoleInputSchema)
    .output(roleSchema)
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(principalOf(ctx));
      const role = await findRole(ctx.db, input.id);
      if (!role) throw new TRPCError({ code: 'NOT_FOUND', message: 'El rol no existe' });
      if (role.isSuperAdmin && input.permissions)
        refuse('Los permisos del rol Super Admin no se pueden cambiar');
      // Editing a role is granting its (new) permissions to everyone who has it.
      refuse(canGrant(actor, role));
      if (input.permissions)
        refuse(canGrant(actor, { isSuperAdmin: role.isSuperAdmin, permissions: input.permissions }));
      if (principalOf(ctx).roleId === role.id && input.permissions)
        refuse('No puedes cambiar los permisos de tu propio rol');
      await updateRole(ctx.db, role.id, input).catch(duplicate);
      await audit(
        ctx,
        'role.updated',
        { type: 'role', id: role.id },
        {
          name: role.name,
          ...(input.name && input.name !== role.name ? { renamedTo: input.name } : {}),
          ...(input.permissions ? { permissions: { from: role.permissions, to: input.permissions } } : {}),
        },
      );
      return (await findRole(ctx.db, role.id))!;
    }),

  delete: procedure('users:manage')
    .input(roleIdInputSchema)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      const role = await findRole(ctx.db, input.id);
      if (!role) throw new TRPCError({ code: 'NOT_FOUND', message: 'El rol no existe' });
      if (role.isSystem) refuse('Los roles predeterminados no se pueden eliminar');
      refuse(canGrant(actorOf(principalOf(ctx)), role));
      if (role.userCount > 0) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: `El rol tiene ${role.userCount} usuario(s); reasígnalos primero`,
        });
      }
      await deleteRole(ctx.db, role.id);
      await audit(ctx, 'role.deleted', { type: 'role', id: role.id }, { name: role.name });
      return { ok: true as const };
    }),
});
