import { createDb, type Db } from '@syncar/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { hasEnded, waitForRun as waitUntil } from '../support/runs';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  platform = await startTestPlatform({
    workers: 1,
    sandbox: {
      products: 150,
      slowMs: 5,
      // 10 % server errors, a 429 every 25 requests, 3 % truncated pages, the session expiring every 200 requests.
      faults: { errorRate: 0.1, rateLimitEvery: 25, truncateRate: 0.03, sessionMaxRequests: 200 },
    },
  });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  api = createApiClient(platform.urls.api);
  await api.login(platform.users.Operator.username, platform.users.Operator.password);
}, 120_000);

afterAll(async () => {
  api?.close();
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function runToEnd(input: Parameters<typeof api.client.imports.start.mutate>[0]) {
  const run = await api.client.imports.start.mutate(input);
  return waitUntil(api.client, run.id, hasEnded, 240_000);
}

it('with 5xx, 429s, truncated pages and an expiring session, the sync still ends equal to the truth', async () => {
  const supplierId = platform.supplierIds.demo!;
  expect((await runToEnd({ supplierId, kind: 'categories' })).status).toBe('succeeded');
  const categoryIds = (await api.client.suppliers.categories.query({ supplierId })).map((c) => c.id);
  const run = await runToEnd({ supplierId, kind: 'products', categoryIds });
  expect(run.status).toBe('succeeded');

  const truth = (await (await fetch(`${platform.urls.sandbox}/__truth`)).json()) as {
    products: Array<{ sku: string; name: string; priceClp: number; stock: number; fitments: unknown[] }>;
  };
  const stored = await db
    .selectFrom('products')
    .select(['sku', 'name', 'priceClp', 'stock'])
    .orderBy('sku')
    .execute();
  expect(stored).toEqual(
    truth.products
      .map(({ sku, name, priceClp, stock }) => ({ sku, name, priceClp, stock }))
      .sort((a, b) => (a.sku < b.sku ? -1 : 1)),
  );
  const fitments = await db
    .selectFrom('productFitments')
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(fitments.n).toBe(truth.products.reduce((sum, p) => sum + p.fitments.length, 0));
}, 240_000);
