import { z } from 'zod';

/** Every permission the server knows. Roles are sets of these strings. */
export const PERMISSIONS = [
  'catalog:read',
  'catalog:export',
  'catalog:delete',
  /** Saying which products of different suppliers are (or are not) the same part. */
  'catalog:link',
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

/** The roles a new installation starts with. Their permissions stay editable, except the Super Admin's. */
export const DEFAULT_ROLES = [
  {
    name: 'Super Admin',
    description: 'Todo, incluida la administración de otros Super Admin',
    isSuperAdmin: true,
    permissions: PERMISSIONS,
  },
  {
    name: 'Admin',
    description: 'Todo, salvo administrar a los Super Admin',
    isSuperAdmin: false,
    permissions: PERMISSIONS,
  },
  {
    name: 'Operator',
    description: 'Catálogo, importaciones y colas (solo lectura)',
    isSuperAdmin: false,
    permissions: [
      'catalog:read',
      'catalog:export',
      'catalog:link',
      'imports:read',
      'imports:run',
      'imports:cancel',
      'queues:read',
    ],
  },
  {
    name: 'Viewer',
    description: 'Consulta del catálogo',
    isSuperAdmin: false,
    permissions: ['catalog:read'],
  },
] as const satisfies ReadonlyArray<{
  name: string;
  description: string;
  isSuperAdmin: boolean;
  permissions: readonly Permission[];
}>;
export type DefaultRoleName = (typeof DEFAULT_ROLES)[number]['name'];
