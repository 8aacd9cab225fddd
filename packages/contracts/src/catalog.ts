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
