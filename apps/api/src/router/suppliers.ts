import { categorySchema, listCategoriesInputSchema, supplierSchema } from '@syncar/contracts';
import { findSupplier, listCategories, listSuppliers } from '@syncar/db';
import { z } from 'zod';
import { procedure, router, TRPCError } from '../trpc';

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
});
