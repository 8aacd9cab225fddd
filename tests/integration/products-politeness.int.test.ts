import { createDb, type Db } from '@syncar/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { hasEnded, waitForRun } from '../support/runs';
import { type ApiClient, createApiClient } from '../support/trpc-client';

// 60 products in 3 categories; the portal shows CAT-003 redesigned (no markup the connector knows).
const REDESIGNED = 'CAT-003';

let platform: TestPlatform;
let db: Db;
let admin: ReturnType<typeof createApiClient>;
let categoryIds: Record<string, string>;

beforeAll(async () => {
  platform = await startTestPlatform({
    workers: 1,
    sandbox: { products: 60, faults: { redesignedPaths: [`/categorias/${REDESIGNED}`] } },
    extraSuppliers: [{ slug: 'locked-out', name: 'Clave vencida', password: 'wrong-password' }],
  });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  admin = createApiClient(platform.urls.api);
  await admin.login(platform.users.Admin.username, platform.users.Admin.password);
  const supplierId = platform.supplierIds.demo!;
  const categories = await runToEnd(admin.client, { supplierId, kind: 'categories' });
  expect(categories.status).toBe('succeeded');
  categoryIds = Object.fromEntries(
    (await admin.client.suppliers.categories.query({ supplierId })).map((c) => [c.externalId, c.id]),
  );
}, 120_000);

afterAll(async () => {
  admin?.close();
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function runToEnd(client: ApiClient, input: Parameters<ApiClient['imports']['start']['mutate']>[0]) {
  const run = await client.imports.start.mutate(input);
  return waitForRun(client, run.id, hasEnded, 120_000);
}

/** The portal's own log of the requests it received during `action`, from the first category page on. */
async function portalRequestsDuring(action: () => Promise<unknown>) {
  const since = Date.now();
  await action();
  const { requests } = (await (await fetch(`${platform.urls.sandbox}/__requests`)).json()) as {
    requests: Array<{ path: string; at: number }>;
  };
  const during = requests.filter((r) => r.at >= since);
  const firstList = during.findIndex((r) => r.path.startsWith('/categorias/'));
  return during.slice(firstList).map((r) => r.at);
}

/** The most requests the portal received within any one second. */
function busiestSecond(times: number[]): number {
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= 1000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('politeness', () => {
  it('holds a supplier to its requests-per-minute setting, which a sync without it would break', async () => {
    const supplierId = platform.supplierIds.demo!;
    const products = {
      supplierId,
      kind: 'products' as const,
      categoryIds: [categoryIds['CAT-001']!, categoryIds['CAT-002']!],
    };
    const settings = { productsPerCategory: null, maxConcurrency: 8, categoryOrder: 'portal' as const };

    await admin.client.suppliers.updateSettings.mutate({ supplierId, ...settings, requestsPerMinute: null });
    const unpaced = await portalRequestsDuring(async () => {
      expect((await runToEnd(admin.client, products)).status).toBe('succeeded');
    });
    expect(busiestSecond(unpaced)).toBeGreaterThan(10);

    await admin.client.suppliers.updateSettings.mutate({ supplierId, ...settings, requestsPerMinute: 300 });
    const paced = await portalRequestsDuring(async () => {
      expect((await runToEnd(admin.client, products)).status).toBe('succeeded');
    });
    expect(paced.length).toBeGreaterThan(15);
    // 300 a minute is 5 a second; one more for a second that starts on a request.
    expect(busiestSecond(paced)).toBeLessThanOrEqual(6);
  });
});

describe('failure evidence', () => {
  it('keeps the HTML of a redesigned page, fails the run without pointless retries, keeps the rest', async () => {
    const supplierId = platform.supplierIds.demo!;
    const run = await runToEnd(admin.client, {
      supplierId,
      kind: 'products',
      categoryIds: [categoryIds['CAT-002']!, categoryIds[REDESIGNED]!],
    });
    expect(run.status).toBe('failed');
    expect(run.reason).toMatch(/1 categories failed/);
    const attempts = await db
      .selectFrom('importRunEvents')
      .select('data')
      .where('runId', '=', run.id)
      .execute();
    const started = attempts.filter((e) => JSON.stringify(e.data).includes('started attempt'));
    expect(started).toHaveLength(1);
    const cat2 = await db
      .selectFrom('products')
      .select(db.fn.countAll<number>().as('n'))
      .where('categoryId', '=', categoryIds['CAT-002']!)
      .executeTakeFirstOrThrow();
    expect(cat2.n).toBeGreaterThan(0);

    const evidence = await admin.client.imports.evidence.query({ runId: run.id });
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      kind: 'html',
      url: `${platform.urls.sandbox}/categorias/${REDESIGNED}`,
      error: expect.stringMatching(/^portal structure changed: .*no /),
      truncated: false,
    });
    const content = await admin.client.imports.evidenceContent.query({ evidenceId: evidence[0]!.id });
    expect(content.html).toContain('Estamos renovando nuestro portal');
    expect(content.screenshotDataUrl).toBeNull();
  });

  it('keeps a screenshot of a rejected login, for those who may read runs only', async () => {
    const run = await runToEnd(admin.client, {
      supplierId: platform.supplierIds['locked-out']!,
      kind: 'categories',
    });
    expect(run.status).toBe('failed');
    const [evidence] = await admin.client.imports.evidence.query({ runId: run.id });
    expect(evidence).toMatchObject({ kind: 'screenshot', error: expect.stringMatching(/^login failed/) });
    const content = await admin.client.imports.evidenceContent.query({ evidenceId: evidence!.id });
    const png = Buffer.from(content.screenshotDataUrl!.replace('data:image/png;base64,', ''), 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    const viewer = createApiClient(platform.urls.api);
    await viewer.login(platform.users.Viewer.username, platform.users.Viewer.password);
    await expect(viewer.client.imports.evidence.query({ runId: run.id })).rejects.toMatchObject({
      data: { code: 'FORBIDDEN' },
    });
    await expect(
      viewer.client.imports.evidenceContent.query({ evidenceId: evidence!.id }),
    ).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    viewer.close();
    await expect(
      admin.client.imports.evidenceContent.query({ evidenceId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ message: 'La evidencia no existe', data: { httpStatus: 404 } });
  });
});
