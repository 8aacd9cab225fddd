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

/** The order a products sync walks a supplier's categories in: the portal's own, by name, or by size. */
export const CATEGORY_ORDERS = ['portal', 'name', 'size'] as const;
export const categoryOrderSchema = z.enum(CATEGORY_ORDERS, {
  error: 'Elige un orden de categorías válido (portal, nombre o tamaño)',
});
export type CategoryOrder = z.infer<typeof categoryOrderSchema>;

/** Upper bounds of the politeness settings; the integer columns and the portals' patience set them. */
export const SUPPLIER_SETTINGS_LIMITS = {
  productsPerCategory: 1_000_000,
  requestsPerMinute: 6_000,
  maxConcurrency: 16,
} as const;

/** A whole number from 1 to `max`, with one message for every way a value can miss (not a number, too big...). */
const boundedInt = (max: number, error: string) => z.int({ error }).min(1, { error }).max(max, { error });

/** How SYNCAR treats a supplier's portal. `null` limits mean "no limit". */
export const supplierSettingsSchema = z.object({
  productsPerCategory: boundedInt(
    SUPPLIER_SETTINGS_LIMITS.productsPerCategory,
    'Los productos por categoría deben ser un número entero de 1 a 1.000.000, o quedar vacíos (sin límite)',
  ).nullable(),
  requestsPerMinute: boundedInt(
    SUPPLIER_SETTINGS_LIMITS.requestsPerMinute,
    'Las solicitudes por minuto deben ser un número entero de 1 a 6.000, o quedar vacías (sin límite)',
  ).nullable(),
  maxConcurrency: boundedInt(
    SUPPLIER_SETTINGS_LIMITS.maxConcurrency,
    'Las solicitudes simultáneas deben ser un número entero de 1 a 16',
  ),
  categoryOrder: categoryOrderSchema,
});
export type SupplierSettings = z.infer<typeof supplierSettingsSchema>;

/** What a supplier gets until someone changes it (the columns' defaults). */
export const DEFAULT_SUPPLIER_SETTINGS: SupplierSettings = {
  productsPerCategory: null,
  requestsPerMinute: null,
  maxConcurrency: 4,
  categoryOrder: 'portal',
};

export const supplierSettingsInputSchema = z.object({ supplierId: supplierIdSchema });

/** The settings form: every setting is sent, and replaces the stored one. */
export const updateSupplierSettingsInputSchema = supplierSettingsSchema.extend({
  supplierId: supplierIdSchema,
});
export type UpdateSupplierSettingsInput = z.infer<typeof updateSupplierSettingsInputSchema>;
