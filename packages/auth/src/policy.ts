import type { Permission } from '@syncar/contracts';

export interface Actor {
  userId: string;
  isSuperAdmin: boolean;
  permissions: readonly Permission[];
}

export interface RoleShape {
  isSuperAdmin: boolean;
  permissions: readonly Permission[];
}

/** Why a change is refused, in words the UI can show; null when it is allowed. */
export type Refusal = string | null;

const holdsAll = (actor: Actor, permissions: readonly Permission[]) =>
  permissions.every((permission) => actor.permissions.includes(permission));

/** Nobody grants what they do not hold; only a Super Admin touches the Super Admin role. */
export function canGrant(actor: Actor, role: RoleShape): Refusal {
  if (role.isSuperAdmin && !actor.isSuperAdmin)
    return 'Solo un Super Admin puede asignar o editar el rol Super Admin';
  if (!holdsAll(actor, role.permissions)) return 'No puedes otorgar permisos que no tienes';
  return null;
}

/** Who may be edited: nobody edits their own role or active flag; only a Super Admin manages Super Admins. */
export function canManageUser(
  actor: Actor,
  target: { id: string; isSuperAdmin: boolean },
  change: { role?: boolean; active?: boolean },
): Refusal {
  if (target.isSuperAdmin && !actor.isSuperAdmin)
    return 'Solo un Super Admin puede administrar a otro Super Admin';
  if (target.id === actor.userId && (change.role || change.active)) {
    return 'No puedes cambiar tu propio rol ni desactivarte';
  }
  return null;
}
