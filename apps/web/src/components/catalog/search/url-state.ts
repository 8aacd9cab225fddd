import { AVAILABILITIES, type Availability, CATALOG_SORTS, type CatalogSort } from '@syncar/contracts';

/**
 * The whole catalog query in the URL, so a search survives a reload and can be shared:
 * `/catalog?q=pastilla&supplier=<id>&brand=Bosch&availability=in_stock&min=1000&max=50000&make=Toyota&model=Hilux
 * &year=2015&sort=price_asc`. Lists repeat their parameter. Values that cannot be read are dropped, not fatal;
 * the API judges the rest (and says what is wrong in Spanish).
 */
export interface CatalogQuery {
  q: string;
  supplierIds: string[];
  categoryIds: string[];
  brands: string[];
  availability: Availability[];
  priceMin: number | null;
  priceMax: number | null;
  make: string | null;
  model: string | null;
  year: number | null;
  includeMissing: boolean;
  sort: CatalogSort;
}

export const EMPTY_CATALOG_QUERY: CatalogQuery = {
  q: '',
  supplierIds: [],
  categoryIds: [],
  brands: [],
  availability: [],
  priceMin: null,
  priceMax: null,
  make: null,
  model: null,
  year: null,
  includeMissing: false,
  sort: 'relevance',
};

const PARAMS = {
  q: 'q',
  supplierIds: 'supplier',
  categoryIds: 'category',
  brands: 'brand',
  availability: 'availability',
  priceMin: 'min',
  priceMax: 'max',
  make: 'make',
  model: 'model',
  year: 'year',
  includeMissing: 'missing',
  sort: 'sort',
} as const satisfies Record<keyof CatalogQuery, string>;

const integer = (value: string | null): number | null =>
  value !== null && /^\d{1,10}$/.test(value.trim()) ? Number(value.trim()) : null;
const text = (value: string | null): string | null => (value?.trim() ? value.trim() : null);
const unique = <T>(values: T[]) => [...new Set(values)];

export function parseCatalogQuery(params: URLSearchParams): CatalogQuery {
  const list = (name: string) =>
    unique(
      params
        .getAll(name)
        .map((value) => value.trim())
        .filter(Boolean),
    );
  const sort = params.get(PARAMS.sort);
  return {
    q: params.get(PARAMS.q)?.trim() ?? '',
    supplierIds: list(PARAMS.supplierIds),
    categoryIds: list(PARAMS.categoryIds),
    brands: list(PARAMS.brands),
    availability: list(PARAMS.availability).filter((value): value is Availability =>
      AVAILABILITIES.includes(value as Availability),
    ),
    priceMin: integer(params.get(PARAMS.priceMin)),
    priceMax: integer(params.get(PARAMS.priceMax)),
    make: text(params.get(PARAMS.make)),
    model: text(params.get(PARAMS.model)),
    year: integer(params.get(PARAMS.year)),
    includeMissing: params.get(PARAMS.includeMissing) === '1',
    sort: CATALOG_SORTS.includes(sort as CatalogSort) ? (sort as CatalogSort) : 'relevance',
  };
}

/** The query string for `query`, leaving defaults out so shared links stay short. */
export function catalogQueryString(query: CatalogQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set(PARAMS.q, query.q.trim());
  for (const id of query.supplierIds) params.append(PARAMS.supplierIds, id);
  for (const id of query.categoryIds) params.append(PARAMS.categoryIds, id);
  for (const brand of query.brands) params.append(PARAMS.brands, brand);
  for (const value of query.availability) params.append(PARAMS.availability, value);
  if (query.priceMin !== null) params.set(PARAMS.priceMin, String(query.priceMin));
  if (query.priceMax !== null) params.set(PARAMS.priceMax, String(query.priceMax));
  if (query.make) params.set(PARAMS.make, query.make);
  if (query.model) params.set(PARAMS.model, query.model);
  if (query.year !== null) params.set(PARAMS.year, String(query.year));
  if (query.includeMissing) params.set(PARAMS.includeMissing, '1');
  if (query.sort !== 'relevance') params.set(PARAMS.sort, query.sort);
  return params.toString();
}

/** The API's filters for `query` (everything but the sort). */
export function catalogFilters({ sort: _sort, ...filters }: CatalogQuery) {
  return filters;
}

/** How many filters are set besides the search box and the sort (for "Limpiar filtros"). */
export function activeFilterCount(query: CatalogQuery): number {
  return (
    query.supplierIds.length +
    query.categoryIds.length +
    query.brands.length +
    query.availability.length +
    (query.priceMin !== null ? 1 : 0) +
    (query.priceMax !== null ? 1 : 0) +
    (query.make ? 1 : 0) +
    (query.model ? 1 : 0) +
    (query.year !== null ? 1 : 0) +
    (query.includeMissing ? 1 : 0)
  );
}

/** Adds `value` to a list filter, or removes it when present. */
export const toggle = <T>(values: readonly T[], value: T): T[] =>
  values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
