import { z } from 'zod';

/** A category as a connector extracts it from a portal. */
export const scrapedCategorySchema = z.object({
  externalId: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  url: z.url(),
  kind: z.string().max(50).nullable(),
  /** How many products the portal says the category has, when its category page shows it. */
  productCount: z.number().int().nonnegative().nullable().default(null),
});
export type ScrapedCategory = z.infer<typeof scrapedCategorySchema>;

export const categorySchema = scrapedCategorySchema.extend({
  id: z.uuid(),
  supplierId: z.uuid(),
  productCount: z.number().int().nonnegative(),
  selected: z.boolean(),
  missingSince: z.date().nullable(),
  updatedAt: z.date(),
});
export type Category = z.infer<typeof categorySchema>;

export const listCategoriesInputSchema = z.object({ supplierId: z.uuid() });
