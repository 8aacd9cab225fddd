import { z } from 'zod';
import { PERMISSIONS } from './permissions';

/** Every API token starts with this, so secret scanners and people can recognise one. */
export const API_TOKEN_PREFIX = 'syncar_';
/** How much of the secret (after `syncar_`) is stored in clear and shown to tell tokens apart. */
export const API_TOKEN_VISIBLE_CHARS = 8;

export const API_TOKEN_STATUSES = ['active', 'expired', 'revoked'] as const;
export const apiTokenStatusSchema = z.enum(API_TOKEN_STATUSES);
export type ApiTokenStatus = z.infer<typeof apiTokenStatusSchema>;

/** A token as its owner (or an administrator) sees it: never the secret, only its first characters. */
export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** `syncar_` and the first characters of the secret. */
  prefix: z.string(),
  /** The scope chosen at creation; a request gets only those the owner still holds. */
  permissions: z.array(z.enum(PERMISSIONS)),
  status: apiTokenStatusSchema,
  owner: z.object({ id: z.uuid(), username: z.string() }),
  createdAt: z.date(),
  expiresAt: z.date().nullable(),
  /** Updated at most once a minute. */
  lastUsedAt: z.date().nullable(),
  lastUsedIp: z.string().nullable(),
  revokedAt: z.date().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const listApiTokensInputSchema = z.object({
  /** `all`: every user's tokens (needs users:manage); otherwise the caller's own. */
  scope: z.enum(['mine', 'all']).default('mine'),
});
export type ListApiTokensInput = z.input<typeof listApiTokensInputSchema>;

export const API_TOKEN_EXPIRY_DAYS = [30, 90, 365] as const;

export const createApiTokenInputSchema = z.object({
  name: z
    .string({ error: 'Ponle un nombre al token' })
    .trim()
    .min(1, { error: 'Ponle un nombre al token' })
    .max(100, { error: 'El nombre puede tener hasta 100 caracteres' }),
  permissions: z
    .array(z.enum(PERMISSIONS, { error: 'Permiso desconocido' }), { error: 'Elige al menos un permiso' })
    .min(1, { error: 'Elige al menos un permiso' })
    .max(PERMISSIONS.length)
    .transform((permissions) => [...new Set(permissions)].sort()),
  /** Days until the token stops working; null: until revoked. */
  expiresInDays: z
    .int({ error: 'La expiración debe ser un número de días entre 1 y 3.650' })
    .min(1, { error: 'La expiración debe ser un número de días entre 1 y 3.650' })
    .max(3650, { error: 'La expiración debe ser un número de días entre 1 y 3.650' })
    .nullable()
    .default(null),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenInputSchema>;

/** The answer to `create`: the only time the secret is ever shown. */
export const createdApiTokenSchema = z.object({
  token: apiTokenSchema,
  /** `syncar_…`: send it as `Authorization: Bearer <secret>`. Not stored; it cannot be shown again. */
  secret: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const apiTokenIdInputSchema = z.object({ id: z.uuid({ error: 'El token no es válido' }) });
