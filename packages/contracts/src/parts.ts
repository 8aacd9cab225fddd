import { z } from 'zod';
import { catalogFiltersSchema } from './catalog';
import { availabilitySchema, fitmentSchema, specSchema } from './products';

export const productIdSchema = z.uuid({ error: 'El producto no es válido' });

export const productInputSchema = z.object({ id: productIdSchema });

/** Everything the product page shows. */
export const catalogProductSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  description: z.string().nullable(),
  /** The product's page on the supplier's portal. */
  url: z.string().nullable(),
  priceClp: z.number().int().nullable(),
  stock: z.number().int().nullable(),
  availability: availabilitySchema,
  /** ISO date (`2026-12-01`) from which a product on order is expected. */
  availableFrom: z.iso.date().nullable(),
  oemCodes: z.array(z.string()),
  specs: z.array(specSchema),
  supplier: z.object({ id: z.uuid(), name: z.string(), baseUrl: z.string() }),
  category: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** In gallery order; `contentHash` is null until the image is downloaded (served at /media/<hash>). */
  images: z.array(
    z.object({
      position: z.number().int(),
      contentHash: z.string().nullable(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
    }),
  ),
  fitments: z.array(fitmentSchema),
  firstSeenAt: z.date(),
  lastSeenAt: z.date(),
  /** Set while the supplier no longer lists the product. */
  missingSince: z.date().nullable(),
});
export type CatalogProduct = z.infer<typeof catalogProductSchema>;

export const productHistoryInputSchema = z.object({
  id: productIdSchema,
  days: z
    .int({ error: 'Los días deben ser un número entero de 1 a 3.650' })
    .min(1, { error: 'Los días deben ser un número entero de 1 a 3.650' })
    .max(3650, { error: 'Los días deben ser un número entero de 1 a 3.650' })
    .default(90),
});

/** A change of price, stock or availability, as a sync observed it. */
export const historyPointSchema = z.object({
  at: z.date(),
  priceClp: z.number().int().nullable(),
  stock: z.number().int().nullable(),
  availability: availabilitySchema,
});
export type HistoryPoint = z.infer<typeof historyPointSchema>;

/** One supplier's offer of a part. */
export const partOfferSchema = z.object({
  productId: z.uuid(),
  supplier: z.object({ id: z.uuid(), name: z.string() }),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  priceClp: z.number().int().nullable(),
  stock: z.number().int().nullable(),
  availability: availabilitySchema,
  url: z.string().nullable(),
  oemCodes: z.array(z.string()),
});
export type PartOffer = z.infer<typeof partOfferSchema>;

/**
 * Why an offer is the same part as the product being viewed: it shares an OEM code, an operator linked them, or
 * it is linked to the group through another product.
 */
export const PART_MATCHES = ['oem', 'link', 'indirect'] as const;
export const partMatchSchema = z.enum(PART_MATCHES);
export type PartMatch = z.infer<typeof partMatchSchema>;

export const samePartOfferSchema = partOfferSchema.extend({
  match: partMatchSchema,
  /** The offer's OEM codes that the viewed product also has (any punctuation). */
  sharedCodes: z.array(z.string()),
});
export type SamePartOffer = z.infer<typeof samePartOfferSchema>;

export const samePartsSchema = z.object({
  /** Other suppliers' offers of the same part, best first. */
  offers: z.array(samePartOfferSchema),
  /** The best offer in stock of the whole group, the viewed product included; null when none is in stock. */
  bestOfferId: z.uuid().nullable(),
});
export type SameParts = z.infer<typeof samePartsSchema>;

/** Where a page of the comparison ends: the group's first product in name order. */
export const compareCursorSchema = z.object({ name: z.string().max(1000), id: z.uuid() });
export type CompareCursor = z.infer<typeof compareCursorSchema>;

export const compareInputSchema = z.object({
  filters: catalogFiltersSchema.prefault({}),
  limit: z.int().min(1).max(50).default(20),
  cursor: compareCursorSchema.nullish(),
});
export type CompareInput = z.input<typeof compareInputSchema>;

export const partGroupSchema = z.object({
  /** The group's first product in name order (also the cursor after it). */
  anchor: compareCursorSchema,
  /** The OEM codes that tie the group together (held by at least two of its products). */
  codes: z.array(z.string()),
  /** Every offer of the part, best first, then by price. */
  offers: z.array(partOfferSchema),
  bestOfferId: z.uuid().nullable(),
});
export type PartGroup = z.infer<typeof partGroupSchema>;

export const compareOutputSchema = z.object({
  groups: z.array(partGroupSchema),
  nextCursor: compareCursorSchema.nullable(),
});
export type CompareOutput = z.infer<typeof compareOutputSchema>;

/** Products of other suppliers an operator may link to product `id`, found like the catalog's search box. */
export const linkCandidatesInputSchema = z.object({
  id: productIdSchema,
  q: z
    .string()
    .trim()
    .min(1, { error: 'Escribe un SKU, un código OEM o un nombre' })
    .max(200, { error: 'La búsqueda es demasiado larga (máximo 200 caracteres)' }),
});

/** Two products an operator says are, or are not, the same part. */
export const partLinkInputSchema = z
  .object({ productId: productIdSchema, otherProductId: productIdSchema })
  .refine((input) => input.productId !== input.otherProductId, {
    error: 'Elige dos productos distintos',
    path: ['otherProductId'],
  });
export type PartLinkInput = z.infer<typeof partLinkInputSchema>;

export const partLinkResultSchema = z.object({
  /** Whether the two products are in one group after the change (an unlinked pair can stay grouped through a third product). */
  grouped: z.boolean(),
});
