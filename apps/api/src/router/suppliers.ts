import {
  categorySchema,
  listCategoriesInputSchema,
  supplierSchema,
  supplierSettingsInputSchema,
  supplierSettingsSchema,
  updateSupplierCredentialsInputSchema,
  updateSupplierSettingsInputSchema,
} from '@syncar/contracts';
import {
  findSupplier,
  findSupplierSettings,
  listCategories,
  listSuppliers,
  saveSupplierCredentials,
  saveSupplierSettings,
} from '@syncar/db';
import { z } from 'zod';
import type { Context } from '../context';
import { audit, procedure, router, TRPCError } from '../trpc';

async function existingSupplier(ctx: Context, id: string) {
  const supplier = await findSupplier(ctx.db, id);
  if (!supplier) throw new TRPCError({ code: 'NOT_FOUND', message: 'El proveedor no existe' });
  return supplier;
}

export const suppliersRouter = router({
  list: procedure('catalog:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/suppliers',
        tags: ['Proveedores'],
        summary: 'Los proveedores, con su número de categorías y su última sincronización de categorías',
        protect: true,
      },
    })
    .output(z.array(supplierSchema))
    .query(({ ctx }) => listSuppliers(ctx.db)),

  categories: procedure('catalog:read')
    .input(listCategoriesInputSchema)
    .output(z.array(categorySchema))
    .query(async ({ ctx, input }) => {
      await existingSupplier(ctx, input.supplierId);
      return listCategories(ctx.db, input.supplierId);
    }),

  /** Write-only: the API stores the credentials sealed and never returns them, only `credentialsSet`. */
  updateCredentials: procedure('suppliers:manage')
    .input(updateSupplierCredentialsInputSchema)
    .output(supplierSchema)
    .mutation(async ({ ctx, input }) => {
      const supplier = await existingSupplier(ctx, input.supplierId);
      const { supplierId, ...credentials } = input;
      await saveSupplierCredentials(ctx.db, supplierId, ctx.secrets.sealJson(credentials));
      await audit(
        ctx,
        'supplier.credentials.updated',
        { type: 'supplier', id: supplierId },
        { supplier: supplier.name },
      );
      return (await findSupplier(ctx.db, supplierId))!;
    }),

  /** Politeness towards the supplier's portal, read by the workers at the start of every run. */
  settings: procedure('catalog:read')
    .input(supplierSettingsInputSchema)
    .output(supplierSettingsSchema)
    .query(async ({ ctx, input }) => {
      await existingSupplier(ctx, input.supplierId);
      return findSupplierSettings(ctx.db, input.supplierId);
    }),

  updateSettings: procedure('suppliers:manage')
    .input(updateSupplierSettingsInputSchema)
    .output(supplierSettingsSchema)
    .mutation(async ({ ctx, input }) => {
      const { supplierId, ...settings } = input;
      const supplier = await existingSupplier(ctx, supplierId);
      const before = await saveSupplierSettings(ctx.db, supplierId, settings);
      await audit(
        ctx,
        'supplier.settings.updated',
        { type: 'supplier', id: supplierId },
        { supplier: supplier.name, before, after: settings },
      );
      return settings;
    }),
});
