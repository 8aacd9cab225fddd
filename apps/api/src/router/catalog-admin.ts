import {
  deleteCategoriesInputSchema,
  deleteCategoriesPreviewInputSchema,
  deleteCategoriesPreviewSchema,
  deleteProductsInputSchema,
  deleteProductsPreviewInputSchema,
  deleteProductsPreviewSchema,
} from '@syncar/contracts';
import {
  type AuditRecord,
  CategoriesInUseError,
  countCategoriesToDelete,
  countProductsToDelete,
  DeleteCountChangedError,
  deleteCategories,
  deleteProducts,
} from '@syncar/db';
import type { Context } from '../context';
import { principalOf, procedure, router, TRPCError } from '../trpc';

function auditOf(ctx: Context, action: string, targetType: string): AuditRecord {
  const principal = principalOf(ctx);
  return {
    actorId: principal.userId,
    actorLabel: principal.username,
    action,
    targetType,
    targetId: null,
    ip: ctx.client.ip,
    userAgent: ctx.client.userAgent,
  };
}

/** The refusals a delete can end in, as messages the confirmation dialog shows. */
function refusal(error: unknown): never {
  if (error instanceof DeleteCountChangedError) {
    throw new TRPCError({
      code: 'CONFLICT',
      message:
        'El catálogo cambió desde la confirmación; no se eliminó nada. Revisa el nuevo total y confirma de nuevo.',
    });
  }
  if (error instanceof CategoriesInUseError) {
    throw new TRPCError({
      code: 'CONFLICT',
      message: `Hay una importación de productos en curso para ${error.supplierName}; espera a que termine`,
    });
  }
  throw error;
}

/**
 * Deleting from the catalog: each delete has a preview that counts what it removes (the confirmation shows
 * it), and deletes only if that count still holds, with its audit entry in the same transaction. A later sync
 * brings back whatever the supplier still lists.
 */
export const catalogAdminRouter = router({
  deleteProductsPreview: procedure('catalog:delete')
    .input(deleteProductsPreviewInputSchema)
    .output(deleteProductsPreviewSchema)
    .query(async ({ ctx, input }) => ({ products: await countProductsToDelete(ctx.db, input.target) })),

  deleteProducts: procedure('catalog:delete')
    .input(deleteProductsInputSchema)
    .output(deleteProductsPreviewSchema)
    .mutation(async ({ ctx, input }) => {
      const products = await deleteProducts(
        ctx.db,
        input.target,
        input.expectedCount,
        auditOf(ctx, 'catalog.products_deleted', 'products'),
      ).catch(refusal);
      return { products };
    }),

  deleteCategoriesPreview: procedure('catalog:delete')
    .input(deleteCategoriesPreviewInputSchema)
    .output(deleteCategoriesPreviewSchema)
    .query(({ ctx, input }) => countCategoriesToDelete(ctx.db, input.categoryIds)),

  deleteCategories: procedure('catalog:delete')
    .input(deleteCategoriesInputSchema)
    .output(deleteCategoriesPreviewSchema)
    .mutation(({ ctx, input }) =>
      deleteCategories(
        ctx.db,
        input.categoryIds,
        { categories: input.expectedCategories, products: input.expectedProducts },
        auditOf(ctx, 'catalog.categories_deleted', 'categories'),
      ).catch(refusal),
    ),
});
