import { z } from 'zod';
import { availabilitySchema } from './products';

const MAX_CLP = 1_000_000_000;

/**
 * What narrows the catalog: the search box, the filters and the vehicle. One shape for the search page, its
 * facets, exports and the integration API, so an export holds exactly the rows the user sees.
 */
export const catalogFiltersSchema = z
  .object({
    /** SKU, OEM/factory code (any punctuation), name or brand; accents and small typos forgiven. */
    q: z
      .string()
      .trim()
      .max(200, { error: 'La búsqueda es demasiado larga (máximo 200 caracteres)' })
      .default(''),
    supplierIds: z
      .array(z.uuid({ error: 'El proveedor no es válido' }))
      .max(50)
      .default([]),
    categoryIds: z
      .array(z.uuid({ error: 'La categoría no es válida' }))
      .max(200)
      .default([]),
    brands: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    availability: z.array(availabilitySchema).max(4).default([]),
    priceMin: z.number().int().min(0).max(MAX_CLP).nullable().default(null),
    priceMax: z.number().int().min(0).max(MAX_CLP).nullable().default(null),
    /** The vehicle: a product fits when one of its fitments matches make, model and the year within its range. */
    make: z.string().trim().max(100).nullable().default(null),
    model: z.string().trim().max(200).nullable().default(null),
    year: z.number().int().min(1900).max(2100).nullable().default(null),
    /** Products the supplier no longer lists are left out unless asked for. */
    includeMissing: z.boolean().default(false),
  })
  .refine((f) => f.priceMin === null || f.priceMax === null || f.priceMin <= f.priceMax, {
    error: 'El precio mínimo no puede superar al máximo',
    path: ['priceMax'],
  })
  .refine((f) => f.model === null || f.make !== null, {
    error: 'Elige la marca del vehículo antes del modelo',
    path: ['model'],
  });
export type CatalogFilters = z.infer<typeof catalogFiltersSchema>;

export const CATALOG_SORTS = ['relevance', 'price_asc', 'price_desc', 'name', 'updated'] as const;
export const catalogSortSchema = z.enum(CATALOG_SORTS);
export type CatalogSort = z.infer<typeof catalogSortSchema>;

export const CATALOG_PAGE_MAX = 100;

/** One page of the catalog search: the filters, the order, and where the previous page ended. */
export const catalogSearchInputSchema = z.object({
  filters: catalogFiltersSchema,
  sort: catalogSortSchema.default('relevance'),
  limit: z
    .number()
    .int()
    .min(1)
    .max(CATALOG_PAGE_MAX, { error: 'Máximo 100 resultados por página' })
    .default(50),
  /** Opaque, from the previous page's `nextCursor`; null for the first page. */
  cursor: z.string().max(2000, { error: 'El cursor no es válido' }).nullable().default(null),
});
export type CatalogSearchInput = z.infer<typeof catalogSearchInputSchema>;

export const catalogItemSchema = z.object({
  id: z.uuid(),
  sku: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  supplierId: z.uuid(),
  supplierName: z.string(),
  categoryId: z.uuid().nullable(),
  categoryName: z.string().nullable(),
  priceClp: z.number().int().nullable(),
  stock: z.number().int().nullable(),
  availability: availabilitySchema,
  oemCodes: z.array(z.string()),
  /** Content hash of the first downloaded image: the thumbnail is served at `/media/<hash>/thumb`. */
  thumbnailHash: z.string().nullable(),
  /** The fitment matching the vehicle filter, else the first one listed; null without fitments. */
  fitment: z
    .object({
      make: z.string(),
      model: z.string(),
      yearFrom: z.number().int().nullable(),
      yearTo: z.number().int().nullable(),
    })
    .nullable(),
  fitmentCount: z.number().int(),
  /** The supplier no longer lists it (only with `includeMissing`). */
  missing: z.boolean(),
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const catalogSearchResultSchema = z.object({
  items: z.array(catalogItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Matching products, computed on the first page only (null on later pages). */
  total: z.number().int().nullable(),
  /** false: `total` is the planner's estimate (more than 1,000 matches, or far more expected). */
  totalExact: z.boolean(),
});
export type CatalogSearchResult = z.infer<typeof catalogSearchResultSchema>;

/**
 * Counts over the filtered set. Each facet ignores its own filter (choosing a supplier does not hide the other
 * suppliers' counts), so every option shows how many results choosing it would add.
 */
export const catalogFacetsSchema = z.object({
  suppliers: z.array(z.object({ id: z.uuid(), name: z.string(), count: z.number().int() })),
  /** The most frequent brands, plus any brand in the filter. */
  brands: z.array(z.object({ brand: z.string(), count: z.number().int() })),
  availability: z.array(z.object({ availability: availabilitySchema, count: z.number().int() })),
});
export type CatalogFacets = z.infer<typeof catalogFacetsSchema>;

export const vehicleOptionsInputSchema = z.object({
  /** Without a make: the makes; with one: its models. */
  make: z.string().trim().max(100).nullable().default(null),
});
export const vehicleOptionsSchema = z.array(z.string());
