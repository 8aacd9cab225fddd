import {
  CATALOG_SORTS,
  type CatalogFilters,
  type CatalogItem,
  type CatalogSort,
  catalogFiltersSchema,
  EXPORT_AVAILABILITY_LABELS,
} from '@syncar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDatabase, createTestDb, type TestDatabase } from '../testing';
import { type CatalogFixture, seedCatalogFixture } from '../testing-catalog';
import { countCatalogView, type ExportCell, streamCatalogExport } from './catalog-export';
import { searchCatalog } from './catalog-search';

let database: TestDatabase;
let db: Db;
let fixture: CatalogFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  fixture = await seedCatalogFixture(db, { perSupplier: 400 });
  // Some products gone from their supplier: a view leaves them out unless it asks for them.
  await db
    .updateTable('products')
    .set({ missingSince: new Date('2026-11-01T12:00:00Z') })
    .where('sku', 'like', '%7')
    .execute();
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const filters = (input: Partial<CatalogFilters>) => catalogFiltersSchema.parse(input);

/** Every page of the search, as the catalog page shows them one after another. */
async function searchAll(view: CatalogFilters, sort: CatalogSort) {
  const items: CatalogItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await searchCatalog(db, { filters: view, sort, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function exportRows(view: CatalogFilters, sort: CatalogSort, batchSize = 97) {
  const rows: ExportCell[][] = [];
  let total: number | null = null;
  const streamed = await streamCatalogExport(
    db,
    {
      filters: view,
      sort,
      columns: ['id', 'sku', 'name', 'brand', 'supplier', 'category', 'priceClp', 'stock', 'availability'],
      locale: 'es-CL',
    },
    async (batch) => {
      rows.push(...batch);
    },
    {
      batchSize,
      onTotal: (count) => {
        total = count;
      },
    },
  );
  return { rows, streamed, total };
}

const VIEWS: Array<[string, Partial<CatalogFilters>]> = [
  ['the whole catalog', {}],
  ['a search for a misspelled name', { q: 'amortiguadr' }],
  ['an OEM code', { q: '04465 0k240' }],
  ['brands in stock', { brands: ['Bosch', 'Valeo', 'Frenos Pérez'], availability: ['in_stock'] }],
  ['a vehicle and a price range', { make: 'toyota', model: 'hilux', year: 2010, priceMin: 20_000 }],
  ['missing products included', { includeMissing: true, q: 'freno' }],
];

describe('streamCatalogExport', () => {
  for (const [name, input] of VIEWS) {
    it(`streams exactly the rows of ${name}, in the search's order, for every sort`, async () => {
      const view = filters(input);
      for (const sort of CATALOG_SORTS) {
        const expected = await searchAll(view, sort);
        const { rows, streamed, total } = await exportRows(view, sort);
        expect(streamed, `${name} / ${sort}`).toBe(expected.length);
        expect(total).toBe(expected.length);
        expect(rows).toEqual(
          expected.map((item) => [
            item.id,
            item.sku,
            item.name,
            item.brand,
            item.supplierName,
            item.categoryName,
            item.priceClp,
            item.stock,
            EXPORT_AVAILABILITY_LABELS['es-CL'][item.availability],
          ]),
        );
      }
    });
  }

  it('is not empty where it matters: the views above hold rows', async () => {
    for (const [, input] of VIEWS) {
      expect(
        (await searchCatalog(db, { filters: filters(input), sort: 'name', limit: 1, cursor: null })).total,
      ).toBeGreaterThan(0);
    }
    expect(fixture.products.length).toBe(1_200);
  });

  it('writes fitments, OEM codes, dates in Chile time and the chosen columns only, in their order', async () => {
    const product = fixture.products.find((p) => p.fitments.length >= 2 && p.oemCodes.length === 2)!;
    await db
      .updateTable('products')
      .set({ availableFrom: '2026-12-24', updatedAt: new Date('2026-11-27T17:05:09Z') })
      .where('id', '=', product.id)
      .execute();
    const rows: ExportCell[][] = [];
    await streamCatalogExport(
      db,
      {
        filters: filters({ q: product.sku }),
        sort: 'relevance',
        columns: ['updatedAt', 'oemCodes', 'fitments', 'availableFrom', 'sku', 'url', 'missingSince'],
        locale: 'en',
      },
      async (batch) => {
        rows.push(...batch);
      },
    );
    const fitment = (f: (typeof product.fitments)[number]) =>
      [
        f.make,
        f.model,
        f.secondary,
        f.yearFrom !== null || f.yearTo !== null ? `(${f.yearFrom ?? ''}-${f.yearTo ?? ''})` : null,
      ]
        .filter((part) => part !== null)
        .join(' ');
    expect(rows[0]).toEqual([
      // 17:05 UTC is 14:05 in Santiago (UTC-3 in summer).
      '2026-11-27 14:05:09',
      product.oemCodes.join(', '),
      product.fitments.map(fitment).join('; '),
      '2026-12-24',
      product.sku,
      product.url,
      null,
    ]);
  });

  it('counts a view up to a limit, to choose between a direct download and a job', async () => {
    const all = (await searchAll(filters({}), 'name')).length;
    expect(await countCatalogView(db, filters({}), 10_000)).toBe(all);
    expect(await countCatalogView(db, filters({}), 50)).toBe(50);
  });
});
