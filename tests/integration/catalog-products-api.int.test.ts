import { randomUUID } from 'node:crypto';
import type { AppRouter } from '@syncar/api';
import type { DefaultRoleName, ScrapedProduct } from '@syncar/contracts';
import { createDb, createRun, type Db, storeProductPage, upsertCategories, upsertSupplier } from '@syncar/db';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
const ids: Record<string, string> = {};

const product = (sku: string, overrides: Partial<ScrapedProduct>): ScrapedProduct => ({
  sku,
  name: `Amortiguador ${sku}`,
  brand: 'Monroe',
  description: null,
  url: `http://portal.test/p/${sku}`,
  priceClp: 30_000,
  stock: 3,
  availability: 'in_stock',
  availableFrom: null,
  oemCodes: [],
  specs: [],
  images: [],
  fitments: [],
  ...overrides,
});

/** Stores products for a supplier in a category of its own, and remembers their ids by SKU. */
async function seed(supplierId: string, products: ScrapedProduct[]) {
  await upsertCategories(db, supplierId, [
    {
      externalId: 'API-TEST',
      name: 'Suspensión',
      url: 'http://portal.test/c/s',
      kind: 'linea',
      productCount: null,
    },
  ]);
  const { id: categoryId } = await db
    .selectFrom('categories')
    .select('id')
    .where('supplierId', '=', supplierId)
    .where('externalId', '=', 'API-TEST')
    .executeTakeFirstOrThrow();
  const runId = await createRun(db, { supplierId, kind: 'products' });
  await storeProductPage(db, { supplierId, categoryId, runId, nextPage: 2, products });
  const rows = await db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('supplierId', '=', supplierId)
    .execute();
  for (const row of rows) ids[row.sku] = row.id;
}

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 0 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  const other = await upsertSupplier(db, {
    slug: 'otro',
    name: 'Repuestos Otro',
    connector: 'sandbox',
    baseUrl: 'http://otro.test',
  });
  await seed(platform.supplierIds.demo!, [
    product('DEMO-1', { oemCodes: ['48510-0K010'], priceClp: 32_000 }),
    product('DEMO-2', { oemCodes: [] }),
  ]);
  await seed(other, [
    product('OTRO-1', { oemCodes: ['485100k010'], priceClp: 29_990, stock: 8 }),
    product('OTRO-2', { oemCodes: [], priceClp: 25_000 }),
  ]);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function signedIn(role: DefaultRoleName) {
  const api = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await api.login(platform.users[role].username, platform.users[role].password);
  return api.client;
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const { code, httpStatus } = (error as TRPCClientError<AppRouter>).data!;
  return { code, httpStatus, message: (error as Error).message };
}

describe('parts API', () => {
  it('shows a product, its history, and the same part at the other supplier with the best offer', async () => {
    const viewer = await signedIn('Viewer');
    const page = await viewer.parts.product.query({ id: ids['DEMO-1']! });
    expect(page).toMatchObject({
      sku: 'DEMO-1',
      supplier: { name: 'Repuestos Demo' },
      oemCodes: ['48510-0K010'],
    });
    expect(await viewer.parts.history.query({ id: ids['DEMO-1']! })).toMatchObject([
      { priceClp: 32_000, stock: 3, availability: 'in_stock' },
    ]);
    expect(await viewer.parts.sameParts.query({ id: ids['DEMO-1']! })).toMatchObject({
      bestOfferId: ids['OTRO-1'],
      offers: [{ sku: 'OTRO-1', match: 'oem', sharedCodes: ['485100k010'] }],
    });
    const { groups } = await viewer.parts.compare.query({ filters: { q: '48510-0K010' } });
    expect(groups.map((g) => [g.bestOfferId, g.offers.map((o) => o.sku)])).toEqual([
      [ids['OTRO-1'], ['OTRO-1', 'DEMO-1']],
    ]);
  });

  it('answers 404 in Spanish for a product that does not exist', async () => {
    const admin = await signedIn('Admin');
    const notFound = { code: 'NOT_FOUND', httpStatus: 404, message: 'El producto no existe' };
    const id = randomUUID();
    expect(await failure(admin.parts.product.query({ id }))).toEqual(notFound);
    expect(await failure(admin.parts.history.query({ id }))).toEqual(notFound);
    expect(await failure(admin.parts.sameParts.query({ id }))).toEqual(notFound);
    expect(await failure(admin.parts.link.mutate({ productId: ids['DEMO-2']!, otherProductId: id }))).toEqual(
      notFound,
    );
  });

  it('answers 400 in Spanish for bad input', async () => {
    const admin = await signedIn('Admin');
    const badRequest = (message: string) => ({ code: 'BAD_REQUEST', httpStatus: 400, message });
    expect(await failure(admin.parts.product.query({ id: 'nope' }))).toEqual(
      badRequest('id: El producto no es válido'),
    );
    expect(await failure(admin.parts.history.query({ id: ids['DEMO-1']!, days: 0 }))).toEqual(
      badRequest('days: Los días deben ser un número entero de 1 a 3.650'),
    );
    expect(
      await failure(admin.parts.link.mutate({ productId: ids['DEMO-1']!, otherProductId: ids['DEMO-1']! })),
    ).toEqual(badRequest('otherProductId: Elige dos productos distintos'));
    expect(
      await failure(admin.parts.link.mutate({ productId: ids['DEMO-1']!, otherProductId: ids['DEMO-2']! })),
    ).toEqual(badRequest('Solo se vinculan productos de proveedores distintos'));
    expect(await failure(admin.parts.compare.query({ filters: { priceMin: 10, priceMax: 5 } }))).toEqual(
      badRequest('filters.priceMax: El precio mínimo no puede superar al máximo'),
    );
  });

  it('lets an Operator link and unlink, refuses a Viewer with 403, and audits every change', async () => {
    const link = { productId: ids['DEMO-2']!, otherProductId: ids['OTRO-2']! };
    const viewer = await signedIn('Viewer');
    const refused = await failure(viewer.parts.link.mutate(link));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
    expect(refused.message).toContain('catalog:link');
    expect((await failure(viewer.parts.unlink.mutate(link))).httpStatus).toBe(403);
    expect(
      (await failure(viewer.parts.linkCandidates.query({ id: link.productId, q: 'x' }))).httpStatus,
    ).toBe(403);

    const operator = await signedIn('Operator');
    const candidates = await operator.parts.linkCandidates.query({ id: link.productId, q: 'amortiguador' });
    expect(candidates.map((c) => c.sku)).toEqual(['OTRO-1', 'OTRO-2']);
    expect(await operator.parts.link.mutate(link)).toEqual({ grouped: true });
    expect(await operator.parts.sameParts.query({ id: link.productId })).toMatchObject({
      offers: [{ sku: 'OTRO-2', match: 'link' }],
      bestOfferId: ids['OTRO-2'],
    });
    expect(await operator.parts.unlink.mutate(link)).toEqual({ grouped: false });
    expect((await operator.parts.sameParts.query({ id: link.productId })).offers).toEqual([]);

    const { items } = await (await signedIn('Super Admin')).audit.list.query({ action: 'part.' });
    expect(items.map((entry) => [entry.action, entry.actorLabel, entry.targetId])).toEqual([
      ['part.unlinked', platform.users.Operator.username, link.productId],
      ['part.linked', platform.users.Operator.username, link.productId],
    ]);
    expect(items[1]!.details).toEqual({
      products: [
        { id: link.productId, sku: 'DEMO-2', name: 'Amortiguador DEMO-2', supplier: 'Repuestos Demo' },
        { id: link.otherProductId, sku: 'OTRO-2', name: 'Amortiguador OTRO-2', supplier: 'Repuestos Otro' },
      ],
    });
  });
});
