import {
  catalogFacetsSchema,
  catalogFiltersSchema,
  catalogSearchInputSchema,
  catalogSearchResultSchema,
  vehicleOptionsInputSchema,
  vehicleOptionsSchema,
} from '@syncar/contracts';
import { CatalogQueryError, catalogFacets, searchCatalog, vehicleOptions } from '@syncar/db';
import { procedure, router, TRPCError } from '../trpc';

/** A cursor that is forged or belongs to another search is the caller's mistake: 400 with the reason. */
const badRequest = (error: unknown): never => {
  if (error instanceof CatalogQueryError)
    throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
  throw error;
};

export const catalogRouter = router({
  /** One page of the catalog: search box, filters, sort and the previous page's cursor. */
  search: procedure('catalog:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/catalog/search',
        tags: ['Catálogo'],
        summary: 'Buscar en el catálogo: texto, filtros, orden y páginas por cursor',
        protect: true,
      },
    })
    .input(catalogSearchInputSchema)
    .output(catalogSearchResultSchema)
    .query(({ ctx, input }) => searchCatalog(ctx.db, input).catch(badRequest)),

  /** Counts per supplier, brand and availability for the same filters (each ignoring its own). */
  facets: procedure('catalog:read')
    .input(catalogFiltersSchema)
    .output(catalogFacetsSchema)
    .query(({ ctx, input }) => catalogFacets(ctx.db, input)),

  /** The vehicle picker: makes, or the models of `make`. */
  vehicleOptions: procedure('catalog:read')
    .input(vehicleOptionsInputSchema)
    .output(vehicleOptionsSchema)
    .query(({ ctx, input }) => vehicleOptions(ctx.db, input.make)),
});
