import { createDb, type Db } from '@syncar/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { createApiClient } from '../support/trpc-client';

interface TruthProduct {
  sku: string;
  categoryExternalId: string;
  name: string;
  brand: string;
  priceClp: number;
  stock: number;
  oemCodes: string[];
  specs: Array<{ name: string; value: string }>;
  images: string[];
  fitments: Array<{
    make: string;
    model: string;
    secondary: string | null;
    yearFrom: number;
    yearTo: number | null;
  }>;
  url: string;
}

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;
let supplierId: string;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 1, sandbox: { products: 120 } });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  api = createApiClient(platform.urls.api);
  await api.login(platform.users.Operator.username, platform.users.Operator.password);
  supplierId = platform.supplierIds.demo!;
}, 120_000);

afterAll(async () => {
  api?.close();
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function truth(): Promise<TruthProduct[]> {
  return ((await (await fetch(`${platform.urls.sandbox}/__truth`)).json()) as { products: TruthProduct[] })
    .products;
}

async function runToEnd(input: Parameters<typeof api.client.imports.start.mutate>[0]) {
  const run = await api.client.imports.start.mutate(input);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const current = await api.client.imports.get.query({ runId: run.id });
    if (['succeeded', 'failed', 'cancelled'].includes(current.status)) {
      const log = await db
        .selectFrom('importRunEvents')
        .select('data')
        .where('runId', '=', run.id)
        .orderBy('seq')
        .execute();
      return { run: current, messages: log.flatMap((e) => (e.data.type === 'log' ? [e.data.message] : [])) };
    }
    if (Date.now() > deadline) throw new Error('run did not end');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Every stored, present product with its fitments and images, in the truth's shape. */
async function stored() {
  const products = await db
    .selectFrom('products as p')
    .innerJoin('categories as c', 'c.id', 'p.categoryId')
    .select([
      'p.id',
      'p.sku',
      'c.externalId',
      'p.name',
      'p.brand',
      'p.priceClp',
      'p.stock',
      'p.availability',
      'p.oemCodes',
      'p.specs',
      'p.url',
    ])
    .where('p.supplierId', '=', supplierId)
    .where('p.missingSince', 'is', null)
    .orderBy('p.sku')
    .execute();
  const fitments = await db.selectFrom('productFitments').selectAll().orderBy('position').execute();
  const images = await db.selectFrom('productImages').selectAll().orderBy('position').execute();
  return products.map((p) => ({
    sku: p.sku,
    categoryExternalId: p.externalId,
    name: p.name,
    brand: p.brand,
    priceClp: p.priceClp,
    stock: p.stock,
    availability: p.availability,
    oemCodes: p.oemCodes,
    specs: p.specs,
    url: p.url,
    images: images.filter((i) => i.productId === p.id).map((i) => i.sourceUrl),
    fitments: fitments
      .filter((f) => f.productId === p.id)
      .map(({ make, model, secondary, yearFrom, yearTo }) => ({ make, model, secondary, yearFrom, yearTo })),
  }));
}

const expected = (products: TruthProduct[]) =>
  [...products]
    .sort((a, b) => (a.sku < b.sku ? -1 : 1))
    .map((p) => ({ ...p, availability: p.stock > 0 ? 'in_stock' : 'out_of_stock' }));

describe('products sync against the demo portal', () => {
  it('stores every product, fitment row and image as the portal has them; a second sync changes nothing', async () => {
    expect((await runToEnd({ supplierId, kind: 'categories' })).run.status).toBe('succeeded');
    const categoryIds = (await api.client.suppliers.categories.query({ supplierId })).map((c) => c.id);
    const first = await runToEnd({ supplierId, kind: 'products', categoryIds });
    expect(first.run.status).toBe('succeeded');
    expect(first.run.progressDone).toBe(120);
    expect(await stored()).toEqual(expected(await truth()));
    const historyBefore = await db
      .selectFrom('productHistory')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(historyBefore.n).toBe(120);

    const second = await runToEnd({ supplierId, kind: 'products', categoryIds });
    expect(second.run.status).toBe('succeeded');
    // The portal session of the earlier runs was kept (sealed) and reused instead of logging in again.
    expect(first.messages).toContain('reused the saved portal session');
    expect(second.messages).toContain('reused the saved portal session');
    const kept = await db.selectFrom('supplierPortalSessions').selectAll().execute();
    expect(kept).toHaveLength(1);
    expect(kept[0]!.sealed).not.toContain('SBXSESSION');
    expect(second.messages.at(-1)).toBe('120 products: 0 new, 0 updated, 120 unchanged, 0 missing, 0 failed');
    const historyAfter = await db
      .selectFrom('productHistory')
      .select(db.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(historyAfter.n).toBe(120);
  });

  it('after the portal moves a day: history rows for exactly the changed prices and stock, vanished products missing', async () => {
    const before = new Map((await truth()).map((p) => [p.sku, p]));
    await fetch(`${platform.urls.sandbox}/__admin/day`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ day: 1 }),
    });
    const after = await truth();
    const afterSkus = new Set(after.map((p) => p.sku));
    const changed = after.filter((p) => {
      const old = before.get(p.sku);
      return !old || old.priceClp !== p.priceClp || old.stock !== p.stock;
    });
    const removed = [...before.keys()].filter((sku) => !afterSkus.has(sku));
    expect(changed.length).toBeGreaterThan(0);
    expect(removed.length).toBeGreaterThan(0);

    const historyBefore = await db.selectFrom('productHistory').select('id').execute();
    const categoryIds = (await api.client.suppliers.categories.query({ supplierId })).map((c) => c.id);
    const { run } = await runToEnd({ supplierId, kind: 'products', categoryIds });
    expect(run.status).toBe('succeeded');

    expect(await stored()).toEqual(expected(after));
    const newHistory = await db
      .selectFrom('productHistory as h')
      .innerJoin('products as p', 'p.id', 'h.productId')
      .select('p.sku')
      .where(
        'h.id',
        'not in',
        historyBefore.map((h) => h.id),
      )
      .orderBy('p.sku')
      .execute();
    expect(newHistory.map((h) => h.sku)).toEqual(changed.map((p) => p.sku).sort());
    const missing = await db
      .selectFrom('products')
      .select('sku')
      .where('missingSince', 'is not', null)
      .orderBy('sku')
      .execute();
    expect(missing.map((m) => m.sku)).toEqual(removed.sort());
  });

  it('reports a category the portal no longer has and skips it, without failing the run', async () => {
    const gone = await db
      .insertInto('categories')
      .values({
        supplierId,
        externalId: 'CAT-999',
        name: 'Categoría retirada',
        url: `${platform.urls.sandbox}/categorias/CAT-999`,
        position: 999,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const categoryIds = [(await api.client.suppliers.categories.query({ supplierId }))[0]!.id, gone.id];
    const { run, messages } = await runToEnd({ supplierId, kind: 'products', categoryIds });
    expect(run.status).toBe('succeeded');
    expect(messages.some((m) => /^category CAT-999 is no longer on the portal .*; skipped$/.test(m))).toBe(
      true,
    );
    const row = await db
      .selectFrom('categories')
      .select('missingSince')
      .where('id', '=', gone.id)
      .executeTakeFirstOrThrow();
    expect(row.missingSince).toBeInstanceOf(Date);
  });
});
