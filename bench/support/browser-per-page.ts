import {
  CHROMIUM_ARGS,
  type HttpFile,
  parseClp,
  parseCount,
  parseYearRange,
  readImage,
} from '@syncar/connectors';
import { type ScrapedProduct, type SupplierCredentials, scrapedProductSchema } from '@syncar/contracts';
import { createRun, type Db, finishCategory, markUnseenProductsMissing, storeProductPage } from '@syncar/db';
import { LocalBlobStore } from '@syncar/storage';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { downloadPageImages } from '../../apps/worker/src/processors/images';
import type { BenchCategory } from './catalog';
import { onCleanup } from './cleanup';

/**
 * The baseline: how the old system read a portal. Chromium logs in, then renders every list page and every
 * product page with page.goto in a few reused tabs, and the product is read from the rendered DOM. Storage is
 * SYNCAR's own (one transaction per list page, then the worker's image step fed with the images the browser
 * loaded), so the two approaches differ only in how pages are read.
 */

export interface BrowserPerPageInput {
  chromiumPath: string;
  portalUrl: string;
  credentials: SupplierCredentials;
  db: Db;
  supplierId: string;
  categories: readonly BenchCategory[];
  /** Reused tabs reading product pages at once. */
  tabs: number;
  /** Keep the product images as SYNCAR does (when its run kept them), in this blob store folder. */
  images: { keep: false } | { keep: true; storageDir: string };
}

/** The few DOM members the extractors use (the bench compiles without the DOM library). */
interface DomNode {
  readonly textContent: string | null;
  readonly nextElementSibling: DomNode | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

// The two extractors run inside the page, so they declare no helpers: tsx (esbuild keepNames) would wrap a
// named inner function in a `__name` call that the page does not have.

function extractListPage() {
  const doc = (globalThis as unknown as { document: DomNode }).document;
  return {
    rows: Array.from(doc.querySelectorAll('tr.product-row'), (row) => ({
      sku: row.getAttribute('data-sku') ?? '',
      href: row.querySelector('td.sku a[href]')?.getAttribute('href') ?? '',
    })),
    next: doc.querySelector('a.next[rel~="next"][href]')?.getAttribute('href') ?? null,
  };
}

function extractProduct() {
  const doc = (globalThis as unknown as { document: DomNode }).document;
  return {
    sku: doc.querySelector('#product-sku')?.textContent ?? '',
    name: doc.querySelector('#product-name')?.textContent ?? '',
    brand: doc.querySelector('#product-brand')?.textContent ?? '',
    price: doc.querySelector('#product-price')?.textContent ?? '',
    stock: doc.querySelector('#product-stock')?.textContent ?? '',
    oemCodes: Array.from(doc.querySelectorAll('#oem-codes li'), (li) => li.textContent ?? ''),
    specs: Array.from(doc.querySelectorAll('#specs dt'), (dt) => ({
      name: dt.textContent ?? '',
      value: dt.nextElementSibling?.textContent ?? '',
    })),
    images: Array.from(doc.querySelectorAll('#gallery img[src]'), (img) => img.getAttribute('src') ?? ''),
    fitments: Array.from(doc.querySelectorAll('#fitment-table tr.fitment-row'), (row) => ({
      make: row.querySelector('td.make')?.textContent ?? '',
      model: row.querySelector('td.model')?.textContent ?? '',
      secondary: row.querySelector('td.secondary')?.textContent ?? '',
      years: row.querySelector('td.years')?.textContent ?? '',
    })),
  };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Maps items with at most `limit` calls in flight, keeping the input order in the result. */
async function mapWithLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>) {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/**
 * The images the browser loaded while rendering product pages, by URL. Their bodies are read as they arrive
 * (a tab that moves on loses them); one that was not seen is requested with the browser's session.
 */
function imagesLoadedBy(context: BrowserContext) {
  const loaded = new Map<string, Promise<HttpFile | null>>();
  context.on('response', (response) => {
    if (response.request().resourceType() !== 'image') return;
    const file = response.body().then(
      (bytes): HttpFile => ({
        status: response.status(),
        url: response.url(),
        contentType: response.headers()['content-type'] ?? null,
        bytes,
      }),
      () => null,
    );
    loaded.set(response.url(), file);
  });
  return async (url: string) => {
    let file = await loaded.get(url);
    loaded.delete(url);
    if (!file) {
      const response = await context.request.get(url);
      file = {
        status: response.status(),
        url: response.url(),
        contentType: response.headers()['content-type'] ?? null,
        bytes: await response.body(),
      };
    }
    return readImage(file);
  };
}

/** The product as SYNCAR's connector would build it from the same page; null when anything is unreadable. */
function toProduct(raw: ReturnType<typeof extractProduct>, pageUrl: string): ScrapedProduct | null {
  const priceClp = parseClp(clean(raw.price));
  const stock = parseCount(clean(raw.stock));
  const fitments = raw.fitments.map((fitment) => ({
    make: clean(fitment.make),
    model: clean(fitment.model),
    secondary: clean(fitment.secondary) || null,
    years: parseYearRange(clean(fitment.years)),
  }));
  if (Number.isNaN(priceClp) || Number.isNaN(stock) || fitments.some((fitment) => !fitment.years))
    return null;
  const parsed = scrapedProductSchema.safeParse({
    sku: clean(raw.sku),
    name: clean(raw.name),
    brand: clean(raw.brand) || null,
    description: null,
    url: pageUrl,
    priceClp,
    stock,
    availability: stock === null ? 'unknown' : stock > 0 ? 'in_stock' : 'out_of_stock',
    availableFrom: null,
    oemCodes: raw.oemCodes.map(clean).filter(Boolean),
    specs: raw.specs.map((spec) => ({ name: clean(spec.name), value: clean(spec.value) })),
    images: raw.images.map((src) => new URL(src, pageUrl).href),
    fitments: fitments.map(({ years, ...fitment }) => ({ ...fitment, ...years! })),
  });
  return parsed.success ? parsed.data : null;
}

async function logIn(page: Page, portalUrl: string, credentials: SupplierCredentials): Promise<void> {
  await page.goto(new URL('/login', portalUrl).href);
  await page.fill('#login-form input[name="rut"]', credentials.rut);
  await page.fill('#login-form input[name="user"]', credentials.username);
  await page.fill('#login-form input[name="password"]', credentials.password);
  await page.click('#login-submit');
  await page.waitForSelector('#portal-nav, .login-error');
  if ((await page.locator('#portal-nav').count()) === 0)
    throw new Error('baseline: the portal refused the login');
}

async function readProduct(page: Page, url: string): Promise<ScrapedProduct | null> {
  const response = await page.goto(url);
  if (!response?.ok()) return null;
  return toProduct(await page.evaluate(extractProduct), page.url());
}

/** Reads and stores the categories' products; returns how many products and images could not be read. */
export async function runBrowserPerPage(
  input: BrowserPerPageInput,
): Promise<{ failedProducts: number; failedImages: number }> {
  const { db, supplierId, categories } = input;
  const browser = await chromium.launch({
    executablePath: input.chromiumPath,
    headless: true,
    // The pages' CSS is inline; images are loaded only when they are kept.
    args: input.images.keep ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, '--blink-settings=imagesEnabled=false'],
    // The bench's own cleanup closes the browser on Ctrl-C.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const closeBrowser = onCleanup('baseline browser', () => browser.close());
  // storeProductPage records what a run saw; this run row exists only while the baseline runs.
  const runId = await createRun(db, {
    supplierId,
    kind: 'products',
    params: { categoryIds: categories.map((category) => category.id) },
  });
  const dropRun = onCleanup('baseline run row', () =>
    db.deleteFrom('importRuns').where('id', '=', runId).execute(),
  );
  let failedProducts = 0;
  let failedImages = 0;
  try {
    const context = await browser.newContext();
    const imageStep = input.images.keep && {
      services: { db, storage: new LocalBlobStore(input.images.storageDir) },
      connector: { fetchImage: imagesLoadedBy(context) },
      pool: {
        map: <T, R>(items: readonly T[], fn: (item: T) => Promise<R>) => mapWithLimit(items, input.tabs, fn),
      },
      signal: new AbortController().signal,
      warn: async () => {
        failedImages++;
      },
    };
    const tabs = await Promise.all(Array.from({ length: input.tabs }, () => context.newPage()));
    const listTab = tabs[0]!;
    await logIn(listTab, input.portalUrl, input.credentials);
    for (const category of categories) {
      let url: string | null = category.url;
      let pageNumber = 1;
      let inCategory = 0;
      while (url) {
        await listTab.goto(url);
        const list = await listTab.evaluate(extractListPage);
        const items = list.rows.map((row) => new URL(row.href, listTab.url()).href);
        // Resolved now: the list tab reads product pages too.
        const nextUrl = list.next ? new URL(list.next, listTab.url()).href : null;
        const idle = [...tabs];
        const products = await mapWithLimit(items, tabs.length, async (item) => {
          const tab = idle.pop()!;
          try {
            return await readProduct(tab, item);
          } finally {
            idle.push(tab);
          }
        });
        const read = products.filter((product) => product !== null);
        failedProducts += items.length - read.length;
        await storeProductPage(db, {
          supplierId,
          categoryId: category.id,
          runId,
          nextPage: pageNumber + 1,
          products: read,
        });
        if (imageStep) await downloadPageImages(imageStep, supplierId, read);
        inCategory += items.length;
        url = nextUrl;
        pageNumber++;
      }
      await finishCategory(db, runId, category.id, inCategory);
    }
    await markUnseenProductsMissing(
      db,
      runId,
      supplierId,
      categories.map((category) => category.id),
    );
  } finally {
    await dropRun();
    await closeBrowser();
  }
  return { failedProducts, failedImages };
}
