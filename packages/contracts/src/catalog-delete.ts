import { z } from 'zod';
import { catalogFiltersSchema } from './catalog';

/** At most this many products can be picked one by one; a larger set is deleted as a filtered view. */
export const MAX_DELETE_IDS = 5_000;

/** Which products: the ones picked in the table, or every product of a filtered view. */
export const deleteProductsTargetSchema = z.discriminatedUnion('by', [
  z.object({
    by: z.literal('ids'),
    ids: z
      .array(z.uuid({ error: 'El producto no es válido' }))
      .min(1, { error: 'Elige al menos un producto' })
      .max(MAX_DELETE_IDS, { error: `Se pueden elegir hasta ${MAX_DELETE_IDS} productos a la vez` }),
  }),
  z.object({ by: z.literal('filters'), filters: catalogFiltersSchema }),
]);
export type DeleteProductsTarget = z.infer<typeof deleteProductsTargetSchema>;

export const deleteProductsPreviewInputSchema = z.object({ target: deleteProductsTargetSchema });

/**
 * `expectedCount` is the count the confirmation showed: when the catalog changed since (a sync added products
 * to the view), nothing is deleted and the user confirms again.
 */
export const deleteProductsInputSchema = z.object({
  target: deleteProductsTargetSchema,
  expectedCount: z.number().int().nonnegative(),
});
export type DeleteProductsInput = z.infer<typeof deleteProductsInputSchema>;

export const deleteCategoriesPreviewInputSchema = z.object({
  categoryIds: z
    .array(z.uuid({ error: 'La categoría no es válida' }))
    .min(1, { error: 'Elige al menos una categoría' })
    .max(200),
});

/** A category is deleted with its products; `expectedProducts` is the count the confirmation showed. */
export const deleteCategoriesInputSchema = deleteCategoriesPreviewInputSchema.extend({
  expectedCategories: z.number().int().nonnegative(),
  expectedProducts: z.number().int().nonnegative(),
});
export type DeleteCategoriesInput = z.infer<typeof deleteCategoriesInputSchema>;

export const deleteProductsPreviewSchema = z.object({ products: z.number().int().nonnegative() });
export const deleteCategoriesPreviewSchema = z.object({
  categories: z.number().int().nonnegative(),
  products: z.number().int().nonnegative(),
});
export type DeleteCategoriesPreview = z.infer<typeof deleteCategoriesPreviewSchema>;
