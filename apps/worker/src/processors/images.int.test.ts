import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortedError, BrowserHost, type Connector, connectors } from '@syncar/connectors';
import type { ScrapedProduct } from '@syncar/contracts';
import { createRun, type Db, storeProductPage, upsertCategories, upsertSupplier } from '@syncar/db';
import { createTestDatabase, createTestDb, type TestDatabase } from '@syncar/db/testing';
import { LocalBlobStore, THUMBNAIL_VARIANT, variantKey } from '@syncar/storage';
import { type RunningSandbox, startSandbox, type Truth } from '@syncar/supplier-sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { downloadPageImages, type PageImagesContext } from './images';

const LOGIN = { rut: '76.543.210-3', user: 'demo', password: 'demo-portal' };

let database: TestDatabase;
let db: Db;
let sandbox: RunningSandbox;
let truth: Truth;
let browser: BrowserHost;
let connector: Connector;
let root: string;
let storage: LocalBlobStore;
let supplierId: string;
let categoryId: string;
let runId: string;
const fetched: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  sandbox = await startSandbox({ seed: 11, products: 30, categories: 1, credentials: LOGIN });
  truth = (await (await fetch(`${sandbox.url}/__truth`)).json()) as Truth;
  browser = new BrowserHost({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  connector = connectors.sandbox({
    baseUrl: sandbox.url,
    credentials: { rut: LOGIN.rut, username: LOGIN.user, password: LOGIN.password },
    browser,
    ignoreTlsErrors: false,
  });
  await connector.login(new AbortController().signal);
  root = await mkdtemp(join(tmpdir(), 'syncar-images-'));
  storage = new LocalBlobStore(root);
  supplierId = await upsertSupplier(db, {
    slug: 'demo',
    name: 'Demo',
    connector: 'sandbox',
    baseUrl: sandbox.url,
  });
  await upsertCategories(db, supplierId, [
    { externalId: 'C1', name: 'Frenos', url: `${sandbox.url}/c`, kind: 'linea', productCount: null },
  ]);
  categoryId = (await db.selectFrom('categories').select('id').executeTakeFirstOrThrow()).id;
  runId = await createRun(db, { supplierId, kind: 'products' });
}, 60_000);

afterAll(async () => {
  await connector?.close();
  await browser?.close();
  await sandbox?.close();
  await db?.destroy();
  await database?.drop();
  if (root) await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes the portal serves for an image, fetched with a session of their own. */
async function portalBytes(url: string): Promise<Buffer> {
  const login = await fetch(`${sandbox.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams(LOGIN),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return Buffer.from(await (await fetch(url, { headers: { cookie } })).arrayBuffer());
}

function context(signal = new AbortController().signal, warnings: string[] = []): PageImagesContext {
  return {
    services: { db, storage },
    // The real connector, counting what it downloads.
    connector: {
      fetchImage: (url, s) => {
        fetched.push(url);
        return connector.fetchImage(url, s);
      },
    },
    pool: { map: (items, fn) => Promise.all(items.map(fn)) },
    signal,
    warn: async (message) => void warnings.push(message),
  };
}

function scraped(sku: string, images: string[]): ScrapedProduct {
  return {
    sku,
    name: sku,
    brand: null,
    description: null,
    url: `${sandbox.url}/productos/${sku}`,
    priceClp: 1000,
    stock: 1,
    availability: 'in_stock',
    availableFrom: null,
    oemCodes: [],
    specs: [],
    images,
    fitments: [],
  };
}

it("downloads a page's images once each, keeps them with thumbnails, and warns about one that is not an image", async () => {
  const withImages = truth.products.filter((product) => product.images.length > 0).slice(0, 4);
  const shared = withImages[0]!.images[0]!;
  const page = [
    ...withImages.map((product) => scraped(product.sku, product.images)),
    // Another product showing an image of the first one, and a "picture" that is really the portal's home page.
    scraped('SHARED-1', [shared]),
    scraped('BROKEN-1', [`${sandbox.url}/portal`]),
  ];
  await storeProductPage(db, { supplierId, categoryId, runId, nextPage: 2, products: page });
  const urls = new Set(withImages.flatMap((product) => product.images));

  const warnings: string[] = [];
  expect(await downloadPageImages(context(undefined, warnings), supplierId, page)).toBe(urls.size);
  expect(fetched.filter((url) => url === shared)).toHaveLength(1);
  expect(warnings).toEqual([
    `image ${sandbox.url}/portal: not kept: it was sent as text/html, not as an image`,
  ]);

  const rows = await db
    .selectFrom('productImages as i')
    .innerJoin('products as p', 'p.id', 'i.productId')
    .select(['p.sku', 'i.sourceUrl', 'i.contentHash', 'i.contentType', 'i.byteSize', 'i.width', 'i.height'])
    .execute();
  expect(rows).toHaveLength(urls.size + 2);
  for (const row of rows.filter((r) => r.sku !== 'BROKEN-1')) {
    const bytes = await portalBytes(row.sourceUrl);
    expect(row).toMatchObject({
      contentHash: sha256(bytes),
      contentType: 'image/png',
      byteSize: bytes.length,
      width: 16,
      height: 16,
    });
    expect(await storage.read(row.contentHash!)).toEqual(bytes);
    expect(await storage.has(variantKey(row.contentHash!, THUMBNAIL_VARIANT))).toBe(true);
  }
  expect(rows.find((r) => r.sku === 'BROKEN-1')?.contentHash).toBeNull();
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  expect(files).toHaveLength(urls.size * 2);

  // Downloaded images are not fetched again; the broken one is tried again (and still refused).
  fetched.length = 0;
  expect(await downloadPageImages(context(), supplierId, page)).toBe(0);
  expect(fetched).toEqual([`${sandbox.url}/portal`]);
});

it('stops, without a warning, when the run is cancelled', async () => {
  const product = truth.products.find(
    (p) => p.images.length > 0 && !p.images.some((url) => fetched.includes(url)),
  )!;
  const page = [
    scraped(
      `${product.sku}-X`,
      product.images.map((url) => `${url}?v=2`),
    ),
  ];
  await storeProductPage(db, { supplierId, categoryId, runId, nextPage: 3, products: page });
  const cancelled = new AbortController();
  cancelled.abort();
  const warnings: string[] = [];
  await expect(
    downloadPageImages(context(cancelled.signal, warnings), supplierId, page),
  ).rejects.toBeInstanceOf(AbortedError);
  expect(warnings).toEqual([]);
});
