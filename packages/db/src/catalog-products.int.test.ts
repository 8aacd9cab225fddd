import { type CatalogFilters, catalogFiltersSchema, type ScrapedProduct } from '@syncar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './client';
import {
  compareParts,
  findCatalogProduct,
  linkProducts,
  productHistory,
  sameParts,
  unlinkProducts,
} from './queries/catalog-products';
import { upsertCategories } from './queries/categories';
import { storeProductPage } from './queries/products';
import { createRun } from './queries/runs';
import { upsertSupplier } from './queries/suppliers';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

interface Portal {
  supplierId: string;
  categoryId: string;
  runId: string;
}

async function portal(slug: string, name: string): Promise<Portal> {
  const baseUrl = `http://${slug}.test`;
  const supplierId = await upsertSupplier(db, { slug, name, connector: 'sandbox', baseUrl });
  await upsertCategories(db, supplierId, [
    { externalId: 'FR', name: 'Frenos', url: `${baseUrl}/c/fr`, kind: 'linea', productCount: null },
  ]);
  const { id: categoryId } = await db
    .selectFrom('categories')
    .select('id')
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  return { supplierId, categoryId, runId: await createRun(db, { supplierId, kind: 'products' }) };
}

const product = (sku: string, overrides: Partial<ScrapedProduct> = {}): ScrapedProduct => ({
  sku,
  name: `Pastilla de freno ${sku}`,
  brand: 'Bosch',
  description: null,
  url: `http://portal.test/p/${sku}`,
  priceClp: 10_000,
  stock: 5,
  availability: 'in_stock',
  availableFrom: null,
  oemCodes: [],
  specs: [],
  images: [],
  fitments: [],
  ...overrides,
});

/** Stores products at a portal and returns their ids by SKU. */
async function store(at: Portal, products: ScrapedProduct[]): Promise<Record<string, string>> {
  await storeProductPage(db, { ...at, nextPage: 2, products });
  const rows = await db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('supplierId', '=', at.supplierId)
    .where(
      'sku',
      'in',
      products.map((p) => p.sku),
    )
    .execute();
  return Object.fromEntries(rows.map((row) => [row.sku, row.id]));
}

const filters = (input: Partial<CatalogFilters> = {}) => catalogFiltersSchema.parse(input);

describe('the product page', () => {
  it('has the supplier, category, images, specs, OEM codes and fitments; nothing for an unknown id', async () => {
    const at = await portal('page', 'Repuestos Página');
    const { P1 } = await store(at, [
      product('P1', {
        description: 'Juego de 4',
        oemCodes: ['04465-0K240', '04465 0K290'],
        specs: [{ name: 'Eje', value: 'Delantero' }],
        images: ['http://portal.test/img/p1-a.jpg', 'http://portal.test/img/p1-b.jpg'],
        fitments: [
          { make: 'Toyota', model: 'Hilux', secondary: '2.4 D', yearFrom: 2015, yearTo: null },
          { make: 'Toyota', model: 'Fortuner', secondary: null, yearFrom: 2016, yearTo: 2020 },
        ],
        availability: 'on_order',
        availableFrom: '2026-12-01',
      }),
    ]);
    const page = await findCatalogProduct(db, P1!);
    expect(page).toMatchObject({
      id: P1,
      sku: 'P1',
      description: 'Juego de 4',
      url: 'http://portal.test/p/P1',
      availability: 'on_order',
      availableFrom: '2026-12-01',
      oemCodes: ['04465-0K240', '04465 0K290'],
      specs: [{ name: 'Eje', value: 'Delantero' }],
      supplier: { id: at.supplierId, name: 'Repuestos Página', baseUrl: 'http://page.test' },
      category: { id: at.categoryId, name: 'Frenos' },
      images: [
        { position: 0, contentHash: null, width: null, height: null },
        { position: 1, contentHash: null, width: null, height: null },
      ],
      fitments: [
        { make: 'Toyota', model: 'Hilux', secondary: '2.4 D', yearFrom: 2015, yearTo: null },
        { make: 'Toyota', model: 'Fortuner', secondary: null, yearFrom: 2016, yearTo: 2020 },
      ],
      missingSince: null,
    });
    expect(page!.firstSeenAt).toBeInstanceOf(Date);
    expect(await findCatalogProduct(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('charts price and stock changes oldest first, starting from the value the window opened with', async () => {
    const at = await portal('history', 'Repuestos Historia');
    const { H1 } = await store(at, [product('H1', { priceClp: 12_000, stock: 8 })]);
    await store(at, [product('H1', { priceClp: 12_000, stock: 8 })]); // unchanged: no new point
    await store(at, [product('H1', { priceClp: 11_500, stock: 6 })]);
    await store(at, [product('H1', { priceClp: 11_500, stock: 0, availability: 'out_of_stock' })]);
    const points = await productHistory(db, H1!, { days: 30 });
    expect(points.map(({ priceClp, stock, availability }) => [priceClp, stock, availability])).toEqual([
      [12_000, 8, 'in_stock'],
      [11_500, 6, 'in_stock'],
      [11_500, 0, 'out_of_stock'],
    ]);
    expect(points.map((p) => p.at.getTime())).toEqual(points.map((p) => p.at.getTime()).sort());

    // The first price was seen 100 days ago: a 30-day chart starts with it, dated at the window's start.
    const first = await db
      .selectFrom('productHistory')
      .select('id')
      .where('productId', '=', H1!)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('productHistory')
      .set({ observedAt: new Date(Date.now() - 100 * 86_400_000) })
      .where('id', '=', first.id)
      .execute();
    const windowed = await productHistory(db, H1!, { days: 30 });
    expect(windowed.map((p) => p.priceClp)).toEqual([12_000, 11_500, 11_500]);
    const opened = Date.now() - 30 * 86_400_000;
    expect(Math.abs(windowed[0]!.at.getTime() - opened)).toBeLessThan(60_000);
  });
});

describe('the same part at other suppliers', () => {
  let north: Portal;
  let south: Portal;
  let east: Portal;

  beforeAll(async () => {
    north = await portal('north', 'Repuestos Norte');
    south = await portal('south', 'Repuestos Sur');
    east = await portal('east', 'Repuestos Este');
  });

  it('groups parts whose OEM codes differ only in punctuation and marks the best offer in stock', async () => {
    const n = await store(north, [
      product('N-FILTRO', { name: 'Filtro de aceite Toyota', oemCodes: ['90915-YZZE1'], priceClp: 6_990 }),
    ]);
    await store(south, [
      product('S-77', {
        name: 'Filtro aceite Hilux',
        oemCodes: ['90915 yzze1', 'OTRO-1'],
        priceClp: 5_490,
        stock: 0,
        availability: 'out_of_stock',
      }),
    ]);
    const e = await store(east, [
      product('E-5', { name: 'Filtro aceite', oemCodes: ['90915.YZZE1'], priceClp: 6_990, stock: 40 }),
      product('E-6', { name: 'Filtro de aire', oemCodes: ['17801-0C010'], priceClp: 3_000 }),
    ]);

    const same = await sameParts(db, n['N-FILTRO']!);
    // The cheapest is out of stock; of the two in stock at the same price, the one with more stock wins.
    expect(same.bestOfferId).toBe(e['E-5']);
    expect(same.offers.map((o) => [o.supplier.name, o.sku, o.match, o.sharedCodes])).toEqual([
      ['Repuestos Este', 'E-5', 'oem', ['90915.YZZE1']],
      ['Repuestos Sur', 'S-77', 'oem', ['90915 yzze1']],
    ]);

    const { groups, nextCursor } = await compareParts(db, {
      filters: filters({ q: '90915-yzze1' }),
      limit: 10,
    });
    expect(nextCursor).toBeNull();
    expect(groups).toHaveLength(1);
    expect(groups[0]!.codes).toEqual(['90915.YZZE1']);
    expect(groups[0]!.bestOfferId).toBe(e['E-5']);
    expect(groups[0]!.offers.map((o) => [o.supplier.name, o.priceClp, o.availability])).toEqual([
      ['Repuestos Este', 6_990, 'in_stock'],
      ['Repuestos Norte', 6_990, 'in_stock'],
      ['Repuestos Sur', 5_490, 'out_of_stock'],
    ]);
  });

  it('has no best offer when nothing is in stock, and lists parts one supplier alone sells nowhere', async () => {
    const n = await store(north, [
      product('N-BUJIA', { oemCodes: ['BKR6E'], availability: 'on_order', stock: 0 }),
      product('N-SOLO', { oemCodes: ['SOLO-1'] }),
      product('N-SOLO-2', { oemCodes: ['SOLO 1'] }),
    ]);
    await store(south, [
      product('S-BUJIA', { oemCodes: ['bkr-6e'], availability: 'out_of_stock', stock: 0 }),
    ]);
    expect(await sameParts(db, n['N-BUJIA']!)).toMatchObject({
      bestOfferId: null,
      offers: [{ sku: 'S-BUJIA' }],
    });
    // Two products of the same supplier are not a comparison.
    expect((await compareParts(db, { filters: filters({ q: 'SOLO1' }), limit: 10 })).groups).toEqual([]);
  });

  it('follows an operator: links parts without a shared code, separates parts that share one', async () => {
    const n = await store(north, [product('N-DISCO', { name: 'Disco de freno', oemCodes: ['43512-0K090'] })]);
    const s = await store(south, [
      product('S-DISCO', { name: 'Disco freno ventilado', oemCodes: [] }),
      product('S-TAMBOR', { name: 'Tambor de freno', oemCodes: ['435120K090'] }),
    ]);
    const disc = n['N-DISCO']!;
    expect((await sameParts(db, disc)).offers.map((o) => o.sku)).toEqual(['S-TAMBOR']);

    expect(await linkProducts(db, disc, s['S-DISCO']!, null)).toEqual({ grouped: true });
    expect(await unlinkProducts(db, disc, s['S-TAMBOR']!, null)).toEqual({ grouped: false });
    const after = await sameParts(db, disc);
    expect(after.offers.map((o) => [o.sku, o.match])).toEqual([['S-DISCO', 'link']]);
    expect((await sameParts(db, s['S-TAMBOR']!)).offers).toEqual([]);

    // The comparison follows the same verdicts: the disc and its linked twin, without the drum.
    const { groups } = await compareParts(db, { filters: filters({ q: 'disco' }), limit: 10 });
    expect(groups.map((g) => g.offers.map((o) => o.sku).sort())).toEqual([['N-DISCO', 'S-DISCO']]);

    // Linking undoes "not the same"; unlinking undoes a link.
    expect(await linkProducts(db, s['S-TAMBOR']!, disc, null)).toEqual({ grouped: true });
    expect(await unlinkProducts(db, s['S-DISCO']!, disc, null)).toEqual({ grouped: false });
    expect((await sameParts(db, disc)).offers.map((o) => [o.sku, o.match])).toEqual([['S-TAMBOR', 'link']]);
  });

  it('keeps two products together through a third one they both match, and says so', async () => {
    const n = await store(north, [product('N-BOMBA', { oemCodes: ['16100-39465'] })]);
    const s = await store(south, [product('S-BOMBA', { oemCodes: ['16100 39465', '16100-39466'] })]);
    const e = await store(east, [product('E-BOMBA', { oemCodes: ['1610039465'] })]);
    expect(await unlinkProducts(db, n['N-BOMBA']!, s['S-BOMBA']!, null)).toEqual({ grouped: true });
    expect((await sameParts(db, n['N-BOMBA']!)).offers.map((o) => [o.sku, o.match])).toEqual([
      ['E-BOMBA', 'oem'],
      ['S-BOMBA', 'indirect'],
    ]);
    expect(await unlinkProducts(db, e['E-BOMBA']!, s['S-BOMBA']!, null)).toEqual({ grouped: false });
    expect((await sameParts(db, n['N-BOMBA']!)).offers.map((o) => o.sku)).toEqual(['E-BOMBA']);
  });

  it('pages through groups in name order without repeating one', async () => {
    const west = await portal('west', 'Repuestos Oeste');
    const other = await portal('west-2', 'Repuestos Oeste 2');
    const names = ['Amortiguador', 'Bieleta', 'Cazoleta', 'Rótula', 'Terminal'];
    for (const [i, name] of names.entries()) {
      await store(west, [product(`W-${i}`, { name: `${name} delantero`, oemCodes: [`SUSP-${i}`] })]);
      await store(other, [
        product(`O-${i}`, { name: `${name} del.`, oemCodes: [`susp ${i}`], priceClp: 9_000 }),
      ]);
    }
    const seen: string[][] = [];
    let cursor = null;
    do {
      const page = await compareParts(db, {
        filters: filters({ supplierIds: [west.supplierId, other.supplierId] }),
        limit: 2,
        cursor,
      });
      seen.push(...page.groups.map((g) => g.offers.map((o) => o.sku).sort()));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(names.map((_, i) => [`O-${i}`, `W-${i}`]));
  });
});
