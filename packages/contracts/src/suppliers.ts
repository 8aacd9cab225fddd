import { z } from 'zod';
import { rutSchema } from './rut';

/** The code that knows how to talk to a supplier's portal. */
export const CONNECTOR_KINDS = ['sandbox'] as const;
export const connectorKindSchema = z.enum(CONNECTOR_KINDS);
export type ConnectorKind = z.infer<typeof connectorKindSchema>;

export const supplierIdSchema = z.uuid({ error: 'El proveedor no es válido' });

export const supplierSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  connector: connectorKindSchema,
  baseUrl: z.url(),
  enabled: z.boolean(),
  credentialsSet: z.boolean(),
  categoryCount: z.number().int().nonnegative(),
  lastCategoriesSyncAt: z.date().nullable(),
});
export type Supplier = z.infer<typeof supplierSchema>;

/** Credentials as typed by a user or read back decrypted by the worker. Never sent to a browser. */
export const supplierCredentialsSchema = z.object({
  rut: z.string().min(1),
  username: z.string().min(1),
  password: z.string().min(1),
});
export type SupplierCredentials = z.infer<typeof supplierCredentialsSchema>;

/** The settings form: credentials are write-only and replaced as a whole. */
export const updateSupplierCredentialsInputSchema = z.object({
  supplierId: supplierIdSchema,
  rut: rutSchema,
  username: z.string().trim().min(1, { error: 'Ingresa el usuario del portal' }).max(200),
  password: z.string().min(1, { error: 'Ingresa la contraseña del portal' }).max(200),
});
