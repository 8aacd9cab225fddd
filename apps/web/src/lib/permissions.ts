import { type Me, PERMISSIONS, type Permission } from '@syncar/contracts';

/** Whether the signed-in user holds `permission` (never while `me` is still unknown). */
export const hasPermission = (me: Pick<Me, 'permissions'> | undefined, permission: Permission) =>
  me?.permissions.includes(permission) ?? false;

/** Every permission, in the order the server lists them: the order of every checkbox grid. */
export const ALL_PERMISSIONS: readonly Permission[] = PERMISSIONS;
