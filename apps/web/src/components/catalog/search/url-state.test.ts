import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  type CatalogQuery,
  catalogQueryString,
  EMPTY_CATALOG_QUERY,
  parseCatalogQuery,
} from './url-state';

const SUPPLIER = '0b6f3a1e-7d6c-4c4e-9a43-1f1f7d1e2a10';

describe('catalog URL', () => {
  it('round-trips the whole query: search, every filter and the sort', () => {
    const query: CatalogQuery = {
      q: 'pastilla de freno',
      supplierIds: [SUPPLIER],
      categoryIds: [],
      brands: ['Bosch', 'Frenos Pérez'],
      availability: ['in_stock', 'on_order'],
      priceMin: 1000,
      priceMax: 50_000,
      make: 'Citroën',
      model: 'C3',
      year: 2015,
      includeMissing: true,
      sort: 'price_desc',
    };
    const search = catalogQueryString(query);
    expect(parseCatalogQuery(new URLSearchParams(search))).toEqual(query);
    expect(search).toContain('brand=Bosch&brand=Frenos+P%C3%A9rez');
  });

  it('leaves defaults out, so an empty search is a bare /catalog', () => {
    expect(catalogQueryString(EMPTY_CATALOG_QUERY)).toBe('');
    expect(catalogQueryString({ ...EMPTY_CATALOG_QUERY, q: '  ' })).toBe('');
  });

  it('drops what it cannot read instead of failing: bad numbers, unknown sorts and availabilities', () => {
    const parsed = parseCatalogQuery(
      new URLSearchParams(
        'min=abc&max=-5&year=20x1&sort=random&availability=maybe&availability=in_stock&brand=&make=%20',
      ),
    );
    expect(parsed).toEqual({ ...EMPTY_CATALOG_QUERY, availability: ['in_stock'] });
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(EMPTY_CATALOG_QUERY)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_CATALOG_QUERY, q: 'x', brands: ['A', 'B'], year: 2010 })).toBe(3);
  });
});
