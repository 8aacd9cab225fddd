import { z } from 'zod';

/** Every permission the server knows. Roles are sets of these strings. */
export const PERMISSIONS = [
  'catalog:read',
  'catalog:export',
  'catalog:delete',
  'imports:read',
  'imports:run',
  'imports:cancel',
  'suppliers:manage',
  'users:manage',
  'queues:read',
  'queues:manage',
  'audit:read',
] as const;

export const permissionSchema = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permissionSchema>;
