import {
  categorySchema,
  listCategoriesInputSchema,
  supplierSchema,
  updateSupplierCredentialsInputSchema,
} from '@syncar/contracts';
import { findSupplier, listCategories, listSuppliers, saveSupplierCredentials } from '@syncar/db';
import { z } from 'zod';
import { audit, procedure, router, TRPCError } from '../trpc';

export const suppliersRouter = router({
  list: procedure('catalog:read')
    .output(z.array(supplierSchema))
    .query(({ ctx }) => listSuppliers(ctx.db)),

  categories: procedure('catalog:read')
    .input(listCategoriesInputSchema)
    .output(z.array(categorySchema))
    .query(async ({ ctx, input }) => {
      if (!(await findSupplier(ctx.db, input.supplierId))) {
        throw new TRPCError({ code: 'NOT_FOUND', message: 'El proveedor no existe' });
      }
      return listCategories(ctx.db, input.supplierId);
    }),

  /** Write-only: the API stores the credentials sealed and never returns them, only `credentialsSet`. */
  updateCredentials: procedure('suppliers:manage')
    .input(updateSupplierCredentialsInputSchema)
    .output(supplierSchema)
    .mutation(async ({ ctx, input }) => {
      const supplier = await findSupplier(ctx.db, input.supplierId);
      if (!supplier) throw new TRPCError({ code: 'NOT_FOUND', message: 'El proveedor no existe' });
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
});
