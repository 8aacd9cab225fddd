import { createDb, type Db } from '@syncar/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { waitForRun as waitUntil } from '../support/runs';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  platform = await startTestPlatform({
    workers: 2,
    sandbox: { products: 200, slowMs: 20 },
    // A dead worker's job is taken over after this long.
    workerEnv: { WORKER_LOCK_MS: '3000', WORKER_CONCURRENCY: '1' },
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

const waitForRun = (runId: string, until: (run: { status: string; progressDone: number }) => boolean) =>
  waitUntil(api.client, runId, until);

it('a worker SIGKILLed mid-sync: another worker resumes the run from its checkpoints, no duplicates', async () => {
  const supplierId = platform.supplierIds.demo!;
  const categories = await api.client.imports.start.mutate({ supplierId, kind: 'categories' });
  await waitForRun(categories.id, (run) => run.status === 'succeeded');
  const categoryIds = (await api.client.suppliers.categories.query({ supplierId })).map((c) => c.id);

  const run = await api.client.imports.start.mutate({ supplierId, kind: 'products', categoryIds });
  await waitForRun(run.id, (r) => r.progressDone >= 50);
  const events = await db.selectFrom('importRunEvents').select('data').where('runId', '=', run.id).execute();
  const owner = events
    .flatMap((e) => (e.data.type === 'log' ? [e.data.message] : []))
    .find((m) => m.includes('started attempt'))!
    .split(' ')[0]!;
  platform.services.get(owner)!.kill('SIGKILL');

  const final = await waitForRun(run.id, (r) => ['succeeded', 'failed'].includes(r.status));
  expect(final.status).toBe('succeeded');
  const messages = (
    await db.selectFrom('importRunEvents').select('data').where('runId', '=', run.id).execute()
  ).flatMap((e) => (e.data.type === 'log' ? [e.data.message] : []));
  expect(messages.filter((m) => m.includes('started attempt')).map((m) => m.split(' ')[0])).toEqual([
    owner,
    owner === 'worker-1' ? 'worker-2' : 'worker-1',
  ]);

  // The new owner continued from the checkpoints rather than from zero.
  const all = await db
    .selectFrom('importRunEvents')
    .select('data')
    .where('runId', '=', run.id)
    .orderBy('seq')
    .execute();
  const takeover = all.findIndex(
    (e) =>
      e.data.type === 'log' &&
      e.data.message.includes('started attempt') &&
      !e.data.message.startsWith(owner),
  );
  const resumedAt = all.slice(takeover).find((e) => e.data.type === 'progress');
  expect(resumedAt?.data.type === 'progress' && resumedAt.data.done).toBeGreaterThanOrEqual(24);

  const truth = (await (await fetch(`${platform.urls.sandbox}/__truth`)).json()) as {
    products: Array<{ sku: string; priceClp: number; stock: number }>;
  };
  const stored = await db
    .selectFrom('products')
    .select(['sku', 'priceClp', 'stock'])
    .orderBy('sku')
    .execute();
  expect(stored).toEqual(
    truth.products
      .map(({ sku, priceClp, stock }) => ({ sku, priceClp, stock }))
      .sort((a, b) => (a.sku < b.sku ? -1 : 1)),
  );
  // Each product was first seen once: one history row each, however the work was split.
  const history = await db
    .selectFrom('productHistory')
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(history.n).toBe(200);
  const fitments = await db
    .selectFrom('productFitments')
    .select(db.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(fitments.n).toBe(
    truth.products.reduce((sum, p) => sum + (p as unknown as { fitments: unknown[] }).fitments.length, 0),
  );
});
