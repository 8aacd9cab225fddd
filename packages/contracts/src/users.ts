import { z } from 'zod';
import { localeSchema, newPasswordSchema } from './auth';
import { permissionSchema } from './permissions';

const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,50}$/, { error: 'Usuario: 3 a 50 letras, números, punto, guion o guion bajo' });
const email = z.email({ error: 'El correo no es válido' }).max(200);
const displayName = z.string().trim().max(100);

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  displayName: z.string(),
  roleId: z.uuid(),
  roleName: z.string(),
  isActive: z.boolean(),
  locale: localeSchema,
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
});
export type User = z.infer<typeof userSchema>;

export const listUsersInputSchema = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(50),
  cursor: z.uuid().nullish(),
});
export const listUsersOutputSchema = z.object({
  items: z.array(userSchema),
  nextCursor: z.uuid().nullable(),
});

export const createUserInputSchema = z.object({
  username,
  email,
  displayName: displayName.default(''),
  roleId: z.uuid({ error: 'Elige un rol' }),
  password: newPasswordSchema,
});

export const updateUserInputSchema = z.object({
  id: z.uuid(),
  email: email.optional(),
  displayName: displayName.optional(),
  roleId: z.uuid().optional(),
  isActive: z.boolean().optional(),
  locale: localeSchema.optional(),
});

export const resetPasswordInputSchema = z.object({ id: z.uuid(), newPassword: newPasswordSchema });
export const userIdInputSchema = z.object({ id: z.uuid() });

export const roleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  isSuperAdmin: z.boolean(),
  isSystem: z.boolean(),
  permissions: z.array(permissionSchema),
  userCount: z.number().int().nonnegative(),
});
export type Role = z.infer<typeof roleSchema>;

const roleName = z.string().trim().min(2, { error: 'El nombre del rol es muy corto' }).max(50);

export const createRoleInputSchema = z.object({
  name: roleName,
  description: z.string().trim().max(200).default(''),
  permissions: z.array(permissionSchema).max(50),
});
export const updateRoleInputSchema = z.object({
  id: z.uuid(),
  name: roleName.optional(),
  description: z.string().trim().max(200).optional(),
  permissions: z.array(permissionSchema).max(50).optional(),
});
export const roleIdInputSchema = z.object({ id: z.uuid() });
