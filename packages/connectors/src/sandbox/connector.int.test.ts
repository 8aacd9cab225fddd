import type { ProductListItem, ScrapedProduct } from '@syncar/contracts';
import { type RunningSandbox, type StartOptions, startSandbox, type Truth } from '@syncar/supplier-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserHost } from '../browser';
import type { Connector, ProductListPage } from '../connector';
import { AbortedError, LoginFailedError, PortalStructureError } from '../errors';
import { createSandboxConnector } from './connector';

const PORTAL_LOGIN = { rut: '76.543.210-3', user: 'demo', password: 'demo-portal' };
const CREDENTIALS = { rut: PORTAL_LOGIN.rut, username: PORTAL_LOGIN.user, password: PORTAL_LOGIN.password };
// Two categories of ~30 products: every category has more than one list page (24 rows each).
const CATALOG = { seed: 7, products: 60, categories: 2 } as const;

const browser = new BrowserHost({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const sandboxes: RunningSandbox[] = [];
const connectors: Connector[] = [];

async function sandbox(options: Partial<StartOptions> = {}) {
  const running = await startSandbox({ ...CATALOG, credentials: PORTAL_LOGIN, ...options });
  sandboxes.push(running);
  const truth = (await (await fetch(`${running.url}/__truth`)).json()) as Truth;
  return { url: running.url, truth };
}

function connect(baseUrl: string, credentials = CREDENTIALS): Connector {
  const connector = createSandboxConnector({ baseUrl, credentials, browser, ignoreTlsErrors: false });
  connectors.push(connector);
  return connector;
}

afterAll(async () => {
  await Promise.all(connectors.map((connector) => connector.close()));
  await Promise.all(sandboxes.map((running) => running.close()));
  await browser.close();
});

/** What the connector should extract for each product of the truth. */
function expected(truth: Truth): ScrapedProduct[] {
  return truth.products.map((product) => ({
    sku: product.sku,
    name: product.name,
    brand: product.brand,
    description: null,
    url: product.url,
    priceClp: product.priceClp,
    stock: product.stock,
    availability: product.stock > 0 ? 'in_stock' : 'out_of_stock',
    availableFrom: null,
    oemCodes: product.oemCodes,
    specs: product.specs,
    images: product.images,
    fitments: product.fitments,
  }));
}

async function mapFour<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += 4)
    results.push(...(await Promise.all(items.slice(i, i + 4).map(fn))));
  return results;
}

/** Every category, every list page and every detail page, four details at a time as the worker does. */
async function walk(connector: Connector, signal: AbortSignal) {
  const listing = await connector.listCategories(signal);
  const pages: Array<{ category: string } & Omit<ProductListPage, 'items'>> = [];
  const products: ScrapedProduct[] = [];
  const problems: unknown[] = [...listing.problems];
  for (const category of listing.categories) {
    for await (const page of connector.listProducts(category, {}, signal)) {
      const { items, ...rest } = page;
      pages.push({ category: category.externalId, ...rest });
      const details = await mapFour(items, (item) => connector.productDetail(item, signal));
      for (const detail of details) {
        if (detail.product) products.push(detail.product);
        problems.push(...detail.problems);
      }
    }
  }
  return { categories: listing.categories, pages, products, problems };
}

const bySku = (a: { sku: string }, b: { sku: string }) => a.sku.localeCompare(b.sku);

describe('sandbox connector against a clean portal', () => {
  let portal: Awaited<ReturnType<typeof sandbox>>;
  let connector: Connector;
  const signal = new AbortController().signal;

  beforeAll(async () => {
    portal = await sandbox();
    connector = connect(portal.url);
    await connector.login(signal);
  });

  it('reads every category, list page and product exactly as the portal has them', async () => {
    const result = await walk(connector, signal);
    expect(result.problems).toEqual([]);
    expect(result.categories).toEqual(
      portal.truth.categories.map(({ externalId, name, url, kind, productCount }) => ({
        externalId,
        name,
        url,
        kind,
        productCount,
      })),
    );
    for (const category of portal.truth.categories) {
      const pages = result.pages.filter((page) => page.category === category.externalId);
      expect(pages.map((page) => page.page)).toEqual(
        Array.from({ length: Math.ceil(category.productCount / 24) }, (_, i) => i + 1),
      );
      expect(pages.every((page) => page.total === category.productCount)).toBe(true);
    }
    expect(result.products.sort(bySku)).toEqual(expected(portal.truth).sort(bySku));
    // The catalog exercises what the parser must get right.
    const all = portal.truth.products;
    expect(all.some((p) => p.fitments.some((f) => f.yearTo === null))).toBe(true);
    expect(all.some((p) => p.fitments.some((f) => f.secondary === null))).toBe(true);
    expect(all.some((p) => p.images.length > 0 && p.images[0]!.startsWith(portal.url))).toBe(true);
    expect(all.some((p) => p.stock === 0)).toBe(true);
  });

  it('resumes a category from a later page', async () => {
    const category = portal.truth.categories[0]!;
    const pages: ProductListPage[] = [];
    for await (const page of connector.listProducts(category, { fromPage: 2 }, signal)) pages.push(page);
    expect(pages.map((page) => page.page)).toEqual([2]);
    const skus = portal.truth.products
      .filter((p) => p.categoryExternalId === category.externalId)
      .map((p) => p.sku);
    expect(pages[0]!.items.map((item) => item.sku)).toEqual(skus.slice(24, 48));
    const beyond: ProductListPage[] = [];
    for await (const page of connector.listProducts(category, { fromPage: 9 }, signal)) beyond.push(page);
    expect(beyond).toEqual([{ page: 9, items: [], total: category.productCount, problems: [] }]);
  });

  it('refuses category and product URLs off the portal', async () => {
    const foreign = portal.url.replace('127.0.0.1', 'localhost');
    const pages = connector.listProducts(
      { externalId: 'X', url: `${foreign}/categorias/CAT-001` },
      {},
      signal,
    );
    await expect(pages[Symbol.asyncIterator]().next()).rejects.toThrow(PortalStructureError);
    const item: ProductListItem = { sku: 'NV-1', url: `${foreign}/productos/NV-1` };
    await expect(connector.productDetail(item, signal)).rejects.toThrow(/refusing to fetch/);
  });

  it('reports a product that is gone instead of failing', async () => {
    const detail = await connector.productDetail(
      { sku: 'NV-9', url: `${portal.url}/productos/NV-9` },
      signal,
    );
    expect(detail).toEqual({
      product: null,
      problems: [{ where: 'page', problem: 'the portal answered 404' }],
    });
  });

  it('rejects wrong credentials with LoginFailedError and a screenshot of what the portal said', async () => {
    const wrong = connect(portal.url, { ...CREDENTIALS, password: 'nope' });
    const error = await wrong.login(signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginFailedError);
    const evidence = (error as LoginFailedError).evidence!;
    expect(evidence.url).toBe(`${portal.url}/login`);
    expect(Buffer.from(evidence.screenshot!).subarray(1, 4).toString()).toBe('PNG');
    expect(evidence.html).toContain('login-error');
  });
});

describe('the browser host', () => {
  it('relaunches Chromium between runs once its processes outgrow the memory limit', async () => {
    const small = new BrowserHost({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      recycleAboveRssMb: 1,
    });
    const signal = new AbortController().signal;
    try {
      const first = await small.newContext({ signal });
      expect(small.memoryBytes()).toBeGreaterThan(1024 * 1024);
      // A context in use is never pulled from under its run: the relaunch waits for it to close.
      const second = await small.newContext({ signal });
      expect(small.stats.launches).toBe(1);
      await Promise.all([first.close(), second.close()]);
      await (await small.newContext({ signal })).close();
      expect(small.stats.launches).toBe(2);
    } finally {
      await small.close();
    }
  });
});

describe('an idle browser host', () => {
  it('closes Chromium when no run has used it for a while, and launches it again when one does', async () => {
    const idle = new BrowserHost({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      closeWhenIdleMs: 100,
    });
    const signal = new AbortController().signal;
    try {
      await (await idle.newContext({ signal })).close();
      expect(idle.stats.launched).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(idle.stats.launched).toBe(false);
      await (await idle.newContext({ signal })).close();
      expect(idle.stats.launches).toBe(2);
    } finally {
      await idle.close();
    }
  });
});

describe('sandbox connector against a misbehaving portal', () => {
  it('still reads exactly the truth through errors, rate limits, cut-off pages and expiring sessions', async () => {
    const portal = await sandbox({
      faults: { errorRate: 0.1, slowMs: 5, rateLimitEvery: 15, truncateRate: 0.05, sessionMaxRequests: 40 },
    });
    const connector = connect(portal.url);
    const signal = new AbortController().signal;
    await connector.login(signal);
    const result = await walk(connector, signal);
    expect(result.problems).toEqual([]);
    expect(result.categories.map((c) => c.externalId)).toEqual(
      portal.truth.categories.map((c) => c.externalId),
    );
    expect(result.products.sort(bySku)).toEqual(expected(portal.truth).sort(bySku));
  }, 180_000);

  it('stops a walk promptly when the run is aborted', async () => {
    const portal = await sandbox({ faults: { slowMs: 400 } });
    const connector = connect(portal.url);
    const controller = new AbortController();
    await connector.login(controller.signal);
    const walking = walk(connector, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const abortedAt = Date.now();
    controller.abort();
    await expect(walking).rejects.toThrow(AbortedError);
    expect(Date.now() - abortedAt).toBeLessThan(1000);
  });
});
