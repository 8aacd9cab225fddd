import {
  type CatalogFilters,
  type CatalogItem,
  type CatalogSort,
  catalogFiltersSchema,
  normalizePartCode,
} from '@syncar/contracts';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './client';
import {
  applyCatalogFilters,
  CatalogQueryError,
  catalogFacets,
  searchCatalog,
  vehicleOptions,
} from './queries/catalog-search';
import { storeProductPage } from './queries/products';
import { createRun } from './queries/runs';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';
import {
  type CatalogFixture,
  type FixtureProduct,
  fixtureProduct,
  seedCatalogFixture,
} from './testing-catalog';

let database: TestDatabase;
let db: Db;
let fixture: CatalogFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  fixture = await seedCatalogFixture(db, { perSupplier: 100 });
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const filters = (input: Partial<CatalogFilters> = {}) => catalogFiltersSchema.parse(input);

async function search(input: Partial<CatalogFilters>, sort: CatalogSort = 'relevance', limit = 50) {
  return searchCatalog(db, { filters: filters(input), sort, limit, cursor: null });
}

/** Every page of a search, following the cursors. */
async function searchAll(input: Partial<CatalogFilters>, sort: CatalogSort = 'relevance', limit = 37) {
  const items: CatalogItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await searchCatalog(db, { filters: filters(input), sort, limit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const skus = (items: Array<{ sku: string }>) => items.map((item) => item.sku).sort();
const fixtureSkus = (where: (product: FixtureProduct) => boolean) => skus(fixture.products.filter(where));

describe('search box', () => {
  it('finds a SKU whatever its punctuation, exact match first, then the SKUs it starts', async () => {
    for (const q of ['NOR-1012', 'nor 1012', 'nor1012', 'NOR.1012']) {
      const result = await search({ q });
      expect(result.items[0]?.sku, q).toBe('NOR-1012');
    }
    const prefix = await search({ q: 'NOR-101' });
    expect(skus(prefix.items.slice(0, 10))).toEqual(Array.from({ length: 10 }, (_, i) => `NOR-101${i}`));
  });

  it('finds an OEM code written with dashes, dots, spaces or none, ranking exact codes first', async () => {
    const key = normalizePartCode('04465-0K240');
    const expected = fixtureSkus((p) => p.oemCodes.some((code) => normalizePartCode(code) === key));
    expect(expected.length).toBeGreaterThan(10);
    for (const q of ['04465-0K240', '04465 0K240', '04465.0k240', '044650K240']) {
      const result = await searchAll({ q });
      expect(skus(result), q).toEqual(expected);
    }
    // A prefix of the code finds the same parts.
    expect(skus(await searchAll({ q: '04465-0' }))).toEqual(expected);
    // A code that also appears as a SKU-like second code: exact hit ranks above everything else.
    const [top] = (await search({ q: 'x nor 1003' })).items;
    expect(top?.sku).toBe('NOR-1003');
  });

  it('lists a text that is both a part code and words once per product: the code first, then the words', async () => {
    const coded = fixture.products.find((p) => p.name.startsWith('Filtro de aceite'))!;
    await sql`UPDATE products SET oem_codes = ARRAY['FILTRO-ACEITE'] WHERE id = ${coded.id}`.execute(db);
    try {
      const items = await searchAll({ q: 'filtro aceite' });
      expect(items[0]?.id).toBe(coded.id);
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      expect(skus(items)).toEqual(fixtureSkus((p) => p.name.startsWith('Filtro de aceite')));
    } finally {
      await sql`UPDATE products SET oem_codes = ${coded.oemCodes}::text[] WHERE id = ${coded.id}`.execute(db);
    }
  });

  it('forgives a misspelled name, missing accents and word order', async () => {
    const amortiguadores = fixtureSkus((p) => p.name.startsWith('Amortiguador'));
    expect(skus(await searchAll({ q: 'amortiguadr' }))).toEqual(amortiguadores);
    expect(skus(await searchAll({ q: 'pastila de freno' }))).toEqual(
      fixtureSkus((p) => p.name.startsWith('Pastilla de freno')),
    );
    expect(skus(await searchAll({ q: 'rotula suspension' }))).toEqual(
      fixtureSkus((p) => p.name.startsWith('Rótula')),
    );
    expect(skus(await searchAll({ q: 'BUJIA' }))).toEqual(fixtureSkus((p) => p.name.startsWith('Bujía')));
    expect(skus(await searchAll({ q: 'trasero amortiguador' }))).toEqual(
      fixtureSkus((p) => p.name.startsWith('Amortiguador trasero')),
    );
  });

  it('searches brands too, accent-insensitively', async () => {
    expect(skus(await searchAll({ q: 'perez' }))).toEqual(fixtureSkus((p) => p.brand === 'Frenos Pérez'));
    expect(skus(await searchAll({ q: 'filtro mahle' }))).toEqual(
      fixtureSkus((p) => p.name.startsWith('Filtro de aceite') && p.brand === 'Mahle'),
    );
  });

  it('ranks the closest names first', async () => {
    const { items } = await search({ q: 'disco freno ventilado' }, 'relevance', 5);
    expect(items.every((item) => item.name.startsWith('Disco de freno ventilado'))).toBe(true);
  });
});

describe('vehicle filter', () => {
  const fits = (p: FixtureProduct, make: string, model: string | null, year: number | null) =>
    p.fitments.some(
      (f) =>
        f.make
          .normalize('NFD')
          .replace(/\p{Mn}/gu, '')
          .toLowerCase() === make &&
        (model === null ||
          f.model
            .normalize('NFD')
            .replace(/\p{Mn}/gu, '')
            .toLowerCase() === model) &&
        (year === null || ((f.yearFrom ?? -Infinity) <= year && (f.yearTo ?? Infinity) >= year)),
    );

  it.each([
    ['toyota', 'hilux', 2010, 'inside a closed range'],
    ['toyota', 'hilux', 2016, 'at the start of an open-ended range'],
    ['toyota', 'hilux', 2035, 'far into an open-ended range'],
    ['toyota', 'yaris', 1990, 'in an open-started range'],
    ['toyota', 'yaris', 2013, 'just past an open-started range'],
    ['kia', 'rio', 1955, 'in a range open at both ends'],
    ['citroen', 'berlingo', null, 'any year, make written without its accent'],
    ['nissan', null, 2020, 'a make and year, any model'],
  ] as Array<[string, string | null, number | null, string]>)('%s %s %s: %s', async (make, model, year) => {
    const expected = fixtureSkus((p) => fits(p, make, model, year));
    const result = await searchAll({ make, model, year });
    expect(skus(result)).toEqual(expected);
    if (make === 'toyota' && year === 2035) expect(expected.length).toBeGreaterThan(0);
    if (make === 'toyota' && year === 2013) expect(expected).toEqual([]);
    // Each row shows a fitment that matches.
    for (const item of result)
      expect(item.fitment?.make.toLowerCase().startsWith(make.slice(0, 3))).toBe(true);
  });

  it('combines with the search box and other filters', async () => {
    const supplier = fixture.suppliers[1]!;
    const expected = fixtureSkus(
      (p) =>
        p.supplierId === supplier.id && p.name.startsWith('Amortiguador') && fits(p, 'toyota', 'hilux', 2012),
    );
    const result = await searchAll({
      q: 'amortiguador',
      supplierIds: [supplier.id],
      make: 'Toyota',
      model: 'Hilux',
      year: 2012,
    });
    expect(skus(result)).toEqual(expected);
  });

  it('follows a product whose fitments change in a later sync', async () => {
    const product = fixture.products.find((p) => fits(p, 'toyota', 'hilux', 2010))!;
    const runId = await createRun(db, { supplierId: product.supplierId, kind: 'products' });
    const { id: _id, supplierId, categoryId, ...scraped } = product;
    const store = (fitments: FixtureProduct['fitments']) =>
      storeProductPage(db, {
        supplierId,
        categoryId,
        runId,
        nextPage: 9,
        products: [{ ...scraped, fitments }],
      });
    const found = async (make: string, model: string, year: number) =>
      (await searchAll({ make, model, year, supplierIds: [supplierId] })).some(
        (item) => item.id === product.id,
      );

    await store([{ make: 'Suzuki', model: 'Jimny', secondary: null, yearFrom: 2019, yearTo: null }]);
    expect(await found('suzuki', 'jimny', 2024)).toBe(true);
    expect(await found('toyota', 'hilux', 2010)).toBe(false);
    await store(product.fitments);
    expect(await found('suzuki', 'jimny', 2024)).toBe(false);
    expect(await found('toyota', 'hilux', 2010)).toBe(true);
    await db.updateTable('importRuns').set({ status: 'succeeded' }).where('id', '=', runId).execute();
  });

  it('offers the makes, then the models of a make, for the picker', async () => {
    expect(await vehicleOptions(db, null)).toEqual([
      'Chevrolet',
      'Citroën',
      'Hyundai',
      'Kia',
      'Nissan',
      'Toyota',
    ]);
    expect(await vehicleOptions(db, 'TOYOTA')).toEqual(['Hilux', 'Yaris']);
    expect(await vehicleOptions(db, 'Ferrari')).toEqual([]);
  });
});

describe('filters', () => {
  it('narrow by supplier, category, brand, availability and price; no price never matches a range', async () => {
    const [first, second] = fixture.suppliers;
    const category = fixture.products.find((p) => p.supplierId === first!.id)!.categoryId;
    const cases: Array<[Partial<CatalogFilters>, (p: FixtureProduct) => boolean]> = [
      [{ supplierIds: [first!.id, second!.id] }, (p) => p.supplierId !== fixture.suppliers[2]!.id],
      [{ categoryIds: [category] }, (p) => p.categoryId === category],
      [{ brands: ['Bosch', 'Frenos Pérez'] }, (p) => p.brand === 'Bosch' || p.brand === 'Frenos Pérez'],
      [{ availability: ['on_order', 'unknown'] }, (p) => ['on_order', 'unknown'].includes(p.availability)],
      [
        { priceMin: 20_000, priceMax: 40_000 },
        (p) => p.priceClp !== null && p.priceClp >= 20_000 && p.priceClp <= 40_000,
      ],
      [{ priceMin: 90_000 }, (p) => p.priceClp !== null && p.priceClp >= 90_000],
    ];
    for (const [input, where] of cases) {
      const result = await search(input, 'name', 100);
      const expected = fixtureSkus(where);
      expect(result.total, JSON.stringify(input)).toBe(expected.length);
      expect(skus(await searchAll(input, 'price_asc')), JSON.stringify(input)).toEqual(expected);
    }
  });

  it('are exactly the rows an export streams through applyCatalogFilters', async () => {
    const input = filters({ q: 'freno', availability: ['in_stock'], make: 'Toyota' });
    const exported = await applyCatalogFilters(db.selectFrom('products').select('sku'), input).execute();
    expect(skus(exported)).toEqual(skus(await searchAll(input)));
    expect(exported.length).toBeGreaterThan(0);
  });
});

describe('facets', () => {
  /** The counts a facet should show: the search without that facet's own filter, grouped in JS. */
  async function countBy(input: Partial<CatalogFilters>, key: (item: CatalogItem) => string | null) {
    const counts = new Map<string, number>();
    for (const item of await searchAll(input, 'name', 100)) {
      const value = key(item);
      if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  }

  it('agree with the result set; each facet ignores its own filter', async () => {
    const supplier = fixture.suppliers[0]!;
    const input: Partial<CatalogFilters> = {
      q: 'freno',
      supplierIds: [supplier.id],
      brands: ['Bosch', 'Valeo', 'Frenos Pérez'],
      availability: ['in_stock', 'on_order'],
    };
    const facets = await catalogFacets(db, filters(input));

    const bySupplier = await countBy({ ...input, supplierIds: [] }, (item) => item.supplierId);
    expect(new Map(facets.suppliers.map((s) => [s.id, s.count]))).toEqual(bySupplier);
    expect(facets.suppliers.find((s) => s.id === supplier.id)?.name).toBe(supplier.name);

    const byBrand = await countBy({ ...input, brands: [] }, (item) => item.brand);
    const shown = facets.brands.filter((b) => b.count > 0);
    expect(new Map(shown.map((b) => [b.brand, b.count]))).toEqual(byBrand);
    // A chosen brand stays listed (at zero) so it can be unticked.
    for (const { brand } of facets.brands.filter((b) => b.count === 0)) expect(input.brands).toContain(brand);

    const byAvailability = await countBy({ ...input, availability: [] }, (item) => item.availability);
    for (const { availability, count } of facets.availability) {
      expect(count, availability).toBe(byAvailability.get(availability) ?? 0);
    }

    // The chosen options add up to the search's own total.
    const total = (await search(input)).total;
    const chosen = facets.availability.filter((a) => input.availability!.includes(a.availability));
    expect(chosen.reduce((sum, a) => sum + a.count, 0)).toBe(total);
    expect(facets.suppliers.find((s) => s.id === supplier.id)?.count).toBe(total);
    expect(total).toBeGreaterThan(0);
  });

  it('keep a chosen brand that has no results, at zero', async () => {
    const facets = await catalogFacets(db, filters({ q: 'bujia', brands: ['Marca Inexistente'] }));
    expect(facets.brands).toContainEqual({ brand: 'Marca Inexistente', count: 0 });
    expect(facets.suppliers).toEqual([]);
  });
});

describe('rare matches behind many others', () => {
  it('are found through the indexes when the walk in sort order gives up, pages included', async () => {
    const supplier = fixture.suppliers[0]!;
    // 2,500 products that sort before every fixture product and match none of these searches.
    await sql`
      INSERT INTO products (supplier_id, sku, name, brand)
      SELECT ${supplier.id}, 'FILL-' || n, 'Aaa relleno ' || n, NULL FROM generate_series(1, 2500) AS n`.execute(
      db,
    );
    try {
      expect(skus(await searchAll({ q: 'bujia' }, 'relevance', 7))).toEqual(
        fixtureSkus((p) => p.name.startsWith('Bujía')),
      );
      expect(skus(await searchAll({ brands: ['Mahle'] }, 'name', 7))).toEqual(
        fixtureSkus((p) => p.brand === 'Mahle'),
      );
      expect(skus(await searchAll({ make: 'kia', model: 'rio' }, 'relevance', 7))).toEqual(
        fixtureSkus((p) => p.fitments.some((f) => f.make === 'Kia')),
      );
    } finally {
      await sql`DELETE FROM products WHERE sku LIKE 'FILL-%'`.execute(db);
    }
  });
});

describe('keyset pages', () => {
  async function changeData(page: CatalogItem[]) {
    const supplier = fixture.suppliers[2]!;
    const category = fixture.products.find((p) => p.supplierId === supplier.id)!.categoryId;
    // New rows on both sides of the cursor, a seen and an unseen row deleted, an unseen row's stock changed.
    const seen = page[3]!;
    const unseen = fixture.products.find(
      (p) => !page.some((item) => item.id === p.id) && p.name.includes('freno'),
    )!;
    await db.deleteFrom('products').where('id', 'in', [seen.id, unseen.id]).execute();
    const runId = await createRun(db, { supplierId: supplier.id, kind: 'products' });
    const fresh = [0, 1, 2, 3, 4, 5].map((n) => ({
      ...fixtureProduct(supplier, 2, 500 + n),
      name: n % 2 ? 'Aaa pastilla de freno nueva' : 'Zzz pastilla de freno nueva',
      priceClp: n % 2 ? 1 : 999_000,
    }));
    const changed = fixture.products.find(
      (p) => p.supplierId === supplier.id && p.categoryId === category && !page.some((i) => i.id === p.id),
    )!;
    await storeProductPage(db, {
      supplierId: supplier.id,
      categoryId: category,
      runId,
      nextPage: 3,
      products: [...fresh, { ...changed, stock: (changed.stock ?? 0) + 100 }],
    });
    await db.updateTable('importRuns').set({ status: 'succeeded' }).where('id', '=', runId).execute();
    return { deleted: [seen.id, unseen.id], fresh: fresh.map((p) => p.sku) };
  }

  it.each([
    ['name', ''],
    ['price_asc', ''],
    ['price_desc', ''],
    ['relevance', 'freno'],
  ] as const)('never skip nor repeat a row while rows come, go and change (%s)', async (sort, q) => {
    const input = filters({ q });
    const before = await searchAll(input, sort, 1000);
    const first = await searchCatalog(db, { filters: input, sort, limit: 10, cursor: null });
    const { deleted, fresh } = await changeData(first.items);

    const seen = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await searchCatalog(db, { filters: input, sort, limit: 10, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    const ids = seen.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const survivors = before.filter(
      (item) => !deleted.includes(item.id) || ids.slice(0, 10).includes(item.id),
    );
    expect(ids.filter((id) => survivors.some((item) => item.id === id)).length).toBe(survivors.length);
    // The order is the sort's: the pages read after the change equal a fresh listing past the first page.
    const after = await searchAll(input, sort, 1000);
    expect(seen.slice(10).map((item) => item.sku)).toEqual(
      after
        .map((item) => item.sku)
        .slice(after.findIndex((item) => item.id === seen[10]?.id))
        .slice(0, seen.length - 10),
    );
    expect(fresh.some((sku) => seen.some((item) => item.sku === sku))).toBe(true);
    await db.deleteFrom('products').where('sku', 'in', fresh).execute();
  });

  it('refuse a cursor that is forged or belongs to another search, in Spanish', async () => {
    const first = await search({ q: 'freno' }, 'name', 5);
    const other = searchCatalog(db, {
      filters: filters({ q: 'filtro' }),
      sort: 'name',
      limit: 5,
      cursor: first.nextCursor,
    });
    await expect(other).rejects.toThrow(CatalogQueryError);
    await expect(other).rejects.toThrow(/otra búsqueda/);
    for (const cursor of ['nope', Buffer.from('["a","b","c"]').toString('base64url')]) {
      await expect(
        searchCatalog(db, { filters: filters(), sort: 'price_asc', limit: 5, cursor }),
      ).rejects.toThrow(/cursor de la página no es válido/);
    }
  });
});

describe('results', () => {
  it('leave out products the supplier no longer lists unless asked, and say which are missing', async () => {
    const gone = fixture.products.find((p) => p.name.startsWith('Bomba'))!;
    await sql`UPDATE products SET missing_since = now() WHERE id = ${gone.id}`.execute(db);
    try {
      expect((await searchAll({ q: 'bomba agua' })).some((item) => item.id === gone.id)).toBe(false);
      const withMissing = await searchAll({ q: 'bomba agua', includeMissing: true });
      expect(withMissing.find((item) => item.id === gone.id)?.missing).toBe(true);
    } finally {
      await sql`UPDATE products SET missing_since = NULL WHERE id = ${gone.id}`.execute(db);
    }
  });

  it('carry supplier, category, price, stock, the first downloaded image and the fitment count', async () => {
    const product = fixture.products.find((p) => p.fitments.length === 3 && p.priceClp !== null)!;
    await sql`INSERT INTO product_images (product_id, position, source_url, content_hash)
      VALUES (${product.id}, 0, 'http://fixture.test/a.jpg', NULL), (${product.id}, 1, 'http://fixture.test/b.jpg', 'abc123')`.execute(
      db,
    );
    const [item] = (await search({ q: product.sku })).items;
    expect(item).toMatchObject({
      id: product.id,
      sku: product.sku,
      supplierName: fixture.suppliers.find((s) => s.id === product.supplierId)!.name,
      categoryId: product.categoryId,
      priceClp: product.priceClp,
      stock: product.stock,
      availability: product.availability,
      oemCodes: product.oemCodes,
      thumbnailHash: 'abc123',
      fitmentCount: 3,
      fitment: { make: product.fitments[0]!.make, model: product.fitments[0]!.model },
    });
    expect(item?.categoryName).toMatch(/Frenos|Suspensión|Motor/);
  });
});
