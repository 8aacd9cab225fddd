import type { ScrapedProduct } from '@syncar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './client';
import { upsertCategories } from './queries/categories';
import {
  findCheckpoints,
  findPendingImages,
  markUnseenProductsMissing,
  recordImageDownload,
  storeProductPage,
} from './queries/products';
import { appendRunEvent, createRun } from './queries/runs';
import { upsertSupplier } from './queries/suppliers';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;
let supplierId: string;
let categoryId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  supplierId = await upsertSupplier(db, {
    slug: 's',
    name: 'S',
    connector: 'sandbox',
    baseUrl: 'http://p.test',
  });
  await upsertCategories(db, supplierId, [
    { externalId: 'C1', name: 'Frenos', url: 'http://p.test/c/1', kind: 'linea', productCount: null },
  ]);
  categoryId = (await db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const product = (sku: string, overrides: Partial<ScrapedProduct> = {}): ScrapedProduct => ({
  sku,
  name: `Pastilla ${sku}`,
  brand: 'Bosch',
  description: null,
  url: `http://p.test/p/${sku}`,
  priceClp: 12_990,
  stock: 4,
  availability: 'in_stock',
  availableFrom: null,
  oemCodes: ['04465-0K240'],
  specs: [{ name: 'Eje', value: 'Delantero' }],
  images: [`http://p.test/img/${sku}-1.jpg`],
  fitments: [{ make: 'Toyota', model: 'Hilux', secondary: '2.4', yearFrom: 2015, yearTo: null }],
  ...overrides,
});

/** Runs one at a time per supplier and kind: each test's run is created, used and ended here. */
async function newRun() {
  const active = await db.selectFrom('importRuns').select('id').where('status', '=', 'queued').execute();
  for (const { id } of active)
    await appendRunEvent(db, id, { type: 'status', status: 'succeeded', reason: null });
  return createRun(db, { supplierId, kind: 'products' });
}

describe('storing product pages', () => {
  it('inserts, then writes nothing for an identical page, then records only real changes', async () => {
    const run1 = await newRun();
    const page = [product('A'), product('B'), product('C')];
    expect(
      await storeProductPage(db, { supplierId, categoryId, runId: run1, nextPage: 2, products: page }),
    ).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      historyRows: 3,
    });
    const before = await db.selectFrom('products').selectAll().orderBy('sku').execute();
    expect(
      await storeProductPage(db, { supplierId, categoryId, runId: run1, nextPage: 2, products: page }),
    ).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      historyRows: 0,
    });
    expect(await db.selectFrom('products').selectAll().orderBy('sku').execute()).toEqual(before);

    const changed = [
      product('A', { priceClp: 13_990 }),
      product('B', { name: 'Pastilla B (nueva)' }),
      product('C'),
    ];
    expect(
      await storeProductPage(db, { supplierId, categoryId, runId: run1, nextPage: 3, products: changed }),
    ).toEqual({
      inserted: 0,
      updated: 2,
      unchanged: 1,
      historyRows: 1,
    });
    const history = await db
      .selectFrom('productHistory as h')
      .innerJoin('products as p', 'p.id', 'h.productId')
      .select(['p.sku', 'h.priceClp'])
      .orderBy('h.id')
      .execute();
    expect(history).toEqual([
      { sku: 'A', priceClp: 12_990 },
      { sku: 'B', priceClp: 12_990 },
      { sku: 'C', priceClp: 12_990 },
      { sku: 'A', priceClp: 13_990 },
    ]);
    const fitments = await db.selectFrom('productFitments').selectAll().execute();
    expect(fitments).toHaveLength(3);
    expect(fitments[0]).toMatchObject({ make: 'Toyota', yearFrom: 2015, yearTo: null });
    expect(await findCheckpoints(db, run1)).toEqual([
      { categoryId, nextPage: 3, done: false, productsDone: 9, productsTotal: null },
    ]);
  });

  it('marks products a full run did not see as missing, and brings them back when they reappear', async () => {
    const run2 = await newRun();
    await storeProductPage(db, {
      supplierId,
      categoryId,
      runId: run2,
      nextPage: 2,
      products: [product('A', { priceClp: 13_990 })],
    });
    expect(await markUnseenProductsMissing(db, run2, supplierId, [categoryId])).toBe(2);
    const missing = await db
      .selectFrom('products')
      .select('sku')
      .where('missingSince', 'is not', null)
      .orderBy('sku')
      .execute();
    expect(missing.map((row) => row.sku)).toEqual(['B', 'C']);
    expect(await db.selectFrom('importRunSeen').selectAll().where('runId', '=', run2).execute()).toEqual([]);

    const run3 = await newRun();
    const back = await storeProductPage(db, {
      supplierId,
      categoryId,
      runId: run3,
      nextPage: 2,
      products: [product('C')],
    });
    expect(back).toMatchObject({ updated: 1, historyRows: 0 });
    const c = await db
      .selectFrom('products')
      .select('missingSince')
      .where('sku', '=', 'C')
      .executeTakeFirstOrThrow();
    expect(c.missingSince).toBeNull();
  });

  it("keeps an image's download while the product still has its URL; only new URLs are left to download", async () => {
    const url = (n: number) => `http://p.test/img/IMG-${n}.jpg`;
    const download = (n: number) => ({
      contentHash: String(n).repeat(64),
      contentType: 'image/png',
      byteSize: 100 + n,
      width: 16,
      height: 16,
    });
    const store = async (images: string[], priceClp = 9_990) =>
      storeProductPage(db, {
        supplierId,
        categoryId,
        runId: await newRun(),
        nextPage: 2,
        products: [product('IMG', { images, priceClp })],
      });
    const rows = async () =>
      (
        await db
          .selectFrom('productImages as i')
          .innerJoin('products as p', 'p.id', 'i.productId')
          .select(['i.position', 'i.sourceUrl', 'i.contentHash', 'i.byteSize'])
          .where('p.sku', '=', 'IMG')
          .orderBy('i.position')
          .execute()
      ).map((row) => [row.position, row.sourceUrl, row.contentHash?.[0] ?? null, row.byteSize]);

    await store([url(1), url(2), url(3)]);
    const pending = await findPendingImages(db, supplierId, ['IMG', 'NOT-THERE']);
    expect(pending.map((image) => [image.position, image.sourceUrl])).toEqual([
      [0, url(1)],
      [1, url(2)],
      [2, url(3)],
    ]);
    const productId = pending[0]!.productId;
    for (const n of [1, 2, 3])
      expect(await recordImageDownload(db, [productId], url(n), download(n))).toBe(1);
    expect(await findPendingImages(db, supplierId, ['IMG'])).toEqual([]);

    // A new price, the same images: nothing to download again.
    await store([url(1), url(2), url(3)], 10_990);
    expect(await findPendingImages(db, supplierId, ['IMG'])).toEqual([]);

    // Reordered, one new, one dropped: the known URLs keep their downloads at their new positions.
    await store([url(2), url(1), url(4)]);
    expect(await rows()).toEqual([
      [0, url(2), '2', 102],
      [1, url(1), '1', 101],
      [2, url(4), null, null],
    ]);
    expect((await findPendingImages(db, supplierId, ['IMG'])).map((image) => image.sourceUrl)).toEqual([
      url(4),
    ]);

    // Fewer images: positions past the new count are gone.
    await store([url(2)]);
    expect(await rows()).toEqual([[0, url(2), '2', 102]]);
    await store([]);
    expect(await rows()).toEqual([]);
  });
});
