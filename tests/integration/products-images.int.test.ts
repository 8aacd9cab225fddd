import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { createDb, type Db } from '@syncar/db';
import { THUMBNAIL_WIDTH } from '@syncar/storage';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { hasEnded, waitForRun } from '../support/runs';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;
let supplierId: string;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 1, sandbox: { products: 40 } });
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

async function runToEnd(input: Parameters<typeof api.client.imports.start.mutate>[0]) {
  const run = await api.client.imports.start.mutate(input);
  return waitForRun(api.client, run.id, hasEnded);
}

/** Runs a products sync of every category; returns its summary (the run's last log line). */
async function syncProducts(): Promise<string> {
  const categoryIds = (await api.client.suppliers.categories.query({ supplierId })).map((c) => c.id);
  const run = await runToEnd({ supplierId, kind: 'products', categoryIds });
  expect(run.status).toBe('succeeded');
  const events = await db
    .selectFrom('importRunEvents')
    .select('data')
    .where('runId', '=', run.id)
    .orderBy('seq')
    .execute();
  return events.flatMap((event) => (event.data.type === 'log' ? [event.data.message] : [])).at(-1) ?? '';
}

/** The bytes the demo portal serves for an image, with a session of this test's own. */
async function portalBytes(url: string): Promise<Buffer> {
  const login = await fetch(`${platform.urls.sandbox}/login`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ rut: '76.543.210-3', user: 'demo', password: 'demo-portal' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const response = await fetch(url, { headers: { cookie } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** How many image requests the portal has answered so far (its debug log has one line per request). */
async function portalImageRequests(): Promise<number> {
  const log = await readFile(join(platform.logDir, 'sandbox.log'), 'utf8');
  return log.split('\n').filter((line) => line.includes('"path":"/img/')).length;
}

/** A GET with the path exactly as written (fetch would resolve the dots before sending). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(platform.urls.api);
  return new Promise((resolve, reject) => {
    request({ hostname: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

it('after a products sync every image is downloaded once, kept by content hash and served with long cache headers', async () => {
  expect((await runToEnd({ supplierId, kind: 'categories' })).status).toBe('succeeded');
  const requestsBefore = await portalImageRequests();
  const summary = await syncProducts();
  const downloads = (await portalImageRequests()) - requestsBefore;

  const truth = (await (await fetch(`${platform.urls.sandbox}/__truth`)).json()) as {
    products: Array<{ sku: string; images: string[] }>;
  };
  const rows = await db
    .selectFrom('productImages as i')
    .innerJoin('products as p', 'p.id', 'i.productId')
    .select(['p.sku', 'i.position', 'i.sourceUrl', 'i.contentHash', 'i.contentType', 'i.byteSize'])
    .where('p.supplierId', '=', supplierId)
    .orderBy('p.sku')
    .orderBy('i.position')
    .execute();
  const expected = truth.products
    .flatMap((product) =>
      product.images.map((sourceUrl, position) => ({ sku: product.sku, position, sourceUrl })),
    )
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : a.position - b.position));
  expect(rows.map(({ sku, position, sourceUrl }) => ({ sku, position, sourceUrl }))).toEqual(expected);
  expect(expected.length).toBeGreaterThan(10);
  const distinct = new Set(expected.map((image) => image.sourceUrl)).size;
  expect(downloads).toBe(distinct);
  expect(summary).toMatch(new RegExp(`^40 products: 40 new, .*; ${distinct} images downloaded$`));

  for (const row of rows) {
    const bytes = await portalBytes(row.sourceUrl);
    expect(row, row.sourceUrl).toMatchObject({
      contentHash: sha256(bytes),
      contentType: 'image/png',
      byteSize: bytes.length,
    });
    const served = await fetch(`${platform.urls.api}/media/${row.contentHash}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes);
  }

  const hash = rows[0]!.contentHash!;
  const first = await fetch(`${platform.urls.api}/media/${hash}`);
  const etag = first.headers.get('etag')!;
  expect(etag).toBe(`"${hash}"`);
  const again = await fetch(`${platform.urls.api}/media/${hash}`, { headers: { 'if-none-match': etag } });
  expect(again.status).toBe(304);
  expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(await again.text()).toBe('');

  const thumb = await fetch(`${platform.urls.api}/media/${hash}/thumb`);
  expect(thumb.status).toBe(200);
  expect(thumb.headers.get('content-type')).toBe('image/webp');
  expect(thumb.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
  expect(meta.format).toBe('webp');
  expect(meta.width).toBeLessThanOrEqual(THUMBNAIL_WIDTH);

  // One original and one thumbnail per distinct image, nothing else.
  const files = (await readdir(platform.storageDir, { recursive: true, withFileTypes: true })).filter((f) =>
    f.isFile(),
  );
  expect(files).toHaveLength(new Set(rows.map((row) => row.contentHash)).size * 2);
});

it('a second sync the same day downloads no image again and changes no image row', async () => {
  const before = await db
    .selectFrom('productImages')
    .selectAll()
    .orderBy('productId')
    .orderBy('position')
    .execute();
  const requests = await portalImageRequests();
  expect(await syncProducts()).toBe('40 products: 0 new, 0 updated, 40 unchanged, 0 missing, 0 failed');
  expect(await portalImageRequests()).toBe(requests);
  expect(
    await db.selectFrom('productImages').selectAll().orderBy('productId').orderBy('position').execute(),
  ).toEqual(before);
});

it('answers 404, never 500, for an unknown or malformed media key', async () => {
  for (const path of [
    `/media/${'0'.repeat(64)}`,
    `/media/${'0'.repeat(64)}/thumb`,
    '/media/not-a-hash',
    `/media/${'A'.repeat(64)}`,
    '/media/../../etc/passwd',
    '/media/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    `/media/${'0'.repeat(64)}.thumb`,
    `/media/${'0'.repeat(64)}/thumb/../../x`,
  ]) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(404);
    expect(JSON.parse(response.body), path).toEqual({ error: { message: 'Imagen no encontrada' } });
  }
});
