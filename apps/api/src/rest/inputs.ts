import {
  type CatalogSearchInput,
  catalogFiltersSchema,
  catalogSearchInputSchema,
  catalogSortSchema,
} from '@syncar/contracts';
import { z } from 'zod';

/**
 * What a REST caller sends for a procedure whose input cannot travel as it is (a GET with nested objects), and
 * how it becomes the procedure's input. The procedure still validates what it receives.
 */
export interface RestInputAdapter {
  schema: z.ZodObject;
  toInput(value: never): unknown;
}

/** GET /catalog/search: the filters as query parameters beside sort, limit and cursor. */
const catalogSearchQuery = z.object({
  ...catalogFiltersSchema.shape,
  sort: catalogSortSchema.default('relevance'),
  limit: catalogSearchInputSchema.shape.limit,
  cursor: catalogSearchInputSchema.shape.cursor,
});

export const REST_INPUTS: Record<string, RestInputAdapter> = {
  'catalog.search': {
    schema: catalogSearchQuery,
    toInput: ({
      sort,
      limit,
      cursor,
      ...filters
    }: z.output<typeof catalogSearchQuery>): CatalogSearchInput => ({
      filters,
      sort,
      limit,
      cursor,
    }),
  },
};
