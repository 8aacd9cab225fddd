import { z } from 'zod';
import { permissionSchema } from './permissions';

export const LOCALES = ['es-CL', 'en'] as const;
export const localeSchema = z.enum(LOCALES);

/** At least 12 characters: long passwords beat composition rules. */
export const newPasswordSchema = z
  .string()
  .min(12, { error: 'La contraseña debe tener al menos 12 caracteres' })
  .max(200, { error: 'La contraseña no puede superar 200 caracteres' });

export const loginInputSchema = z.object({
  login: z.string().trim().min(1, { error: 'Ingresa tu usuario o correo' }).max(200),
  password: z.string().min(1, { error: 'Ingresa tu contraseña' }).max(200),
});

export const changeMyPasswordInputSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

/** Who is signed in, as the web app sees it. */
export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: localeSchema,
  role: z.object({ id: z.uuid(), name: z.string(), isSuperAdmin: z.boolean() }),
  permissions: z.array(permissionSchema),
});
export type Me = z.infer<typeof meSchema>;
