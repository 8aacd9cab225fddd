import { expect, test } from '@playwright/test';
import type { ScrapedProduct } from '@syncar/contracts';
import {
  appendRunEvent,
  createDb,
  createRun,
  type Db,
  recordImageDownload,
  storeProductPage,
  upsertCategories,
  upsertSupplier,
} from '@syncar/db';
import { LocalBlobStore, storeImage } from '@syncar/storage';
import sharp from 'sharp';
import { env, login } from './support';

const OEM = '04466-0K010';

const pad = (sku: string, overrides: Partial<ScrapedProduct>): ScrapedProduct => ({
  sku,
  name: `Pastilla de freno delantera ${sku}`,
  brand: 'Bosch',
  description: 'Juego de 4 pastillas con sensor.',
  url: `http://portal.test/productos/${sku}`,
  priceClp: 25_990,
  stock: 10,
  availability: 'in_stock',
  availableFrom: null,
  oemCodes: [OEM],
  specs: [{ name: 'Eje', value: 'Delantero' }],
  images: [],
  fitments: [],
  ...overrides,
});

/** A supplier of its own (sorted after the demo ones), one category, and its products stored as a sync would. */
async function seedSupplier(db: Db, slug: string, name: string, pages: ScrapedProduct[][]) {
  const supplierId = await upsertSupplier(db, {
    slug,
    name,
    connector: 'sandbox',
    baseUrl: `http://${slug}.test`,
  });
  await upsertCategories(db, supplierId, [
    {
      externalId: 'FRENOS',
      name: 'Frenos',
      url: `http://${slug}.test/frenos`,
      kind: 'linea',
      productCount: null,
    },
  ]);
  const { id: categoryId } = await db
    .selectFrom('categories')
    .select('id')
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  const runId = await createRun(db, { supplierId, kind: 'products' });
  for (const products of pages)
    await storeProductPage(db, { supplierId, categoryId, runId, nextPage: 2, products });
  await appendRunEvent(db, runId, { type: 'status', status: 'succeeded', reason: null });
  const rows = await db
    .selectFrom('products')
    .select(['id', 'sku'])
    .where('supplierId', '=', supplierId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.sku, row.id]));
}

/** A product page with two downloaded images, two fitments and two prices; the same part at a cheaper supplier. */
async function seedCatalog() {
  const db = createDb({ connectionString: env('E2E_DATABASE_URL'), max: 1 });
  try {
    const images = ['http://zeta-norte.test/img/1.png', 'http://zeta-norte.test/img/2.png'];
    const product = pad('NORTE-1', {
      images,
      fitments: [
        { make: 'Toyota', model: 'Hilux', secondary: '2.4 D', yearFrom: 2016, yearTo: null },
        { make: 'Toyota', model: 'Fortuner', secondary: null, yearFrom: 2016, yearTo: 2020 },
      ],
    });
    // Stored twice, the second time cheaper with less stock: two points of history.
    const north = await seedSupplier(db, 'zeta-norte', 'Zeta Frenos Norte', [
      [product],
      [{ ...product, priceClp: 23_490, stock: 4 }],
    ]);
    const northId = north['NORTE-1']!;
    await db
      .updateTable('productHistory')
      .set({ observedAt: new Date(Date.now() - 20 * 86_400_000) })
      .where('productId', '=', northId)
      .where('priceClp', '=', 25_990)
      .execute();
    const store = new LocalBlobStore(env('E2E_STORAGE_DIR'));
    for (const [index, sourceUrl] of images.entries()) {
      const png = await sharp({
        create: { width: 400, height: 300, channels: 3, background: index ? '#0ea5e9' : '#f97316' },
      })
        .png()
        .toBuffer();
      const stored = await storeImage(store, png);
      await recordImageDownload(db, [northId], sourceUrl, {
        contentHash: stored.key,
        contentType: stored.contentType,
        byteSize: stored.byteSize,
        width: stored.width,
        height: stored.height,
      });
    }
    const south = await seedSupplier(db, 'zeta-sur', 'Zeta Frenos Sur', [
      [
        pad('SUR-9', {
          name: 'Pastillas freno Hilux',
          oemCodes: ['04466 0k010'],
          priceClp: 21_990,
          stock: 12,
        }),
      ],
    ]);
    return { northId, southId: south['SUR-9']! };
  } finally {
    await db.destroy();
  }
}

let northId: string;
let southId: string;

test.beforeAll(async () => {
  ({ northId, southId } = await seedCatalog());
});

test('a product page shows its gallery, fitments, history chart and the same part at another supplier', async ({
  page,
}) => {
  await login(page, 'Operator', `/catalog/products/${northId}`);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pastilla de freno delantera NORTE-1');
  await expect(page.getByTestId('product-price')).toHaveText(/23\.490/);
  await expect(page.getByTestId('supplier-link')).toHaveAttribute(
    'href',
    'http://portal.test/productos/NORTE-1',
  );
  await expect(page.getByTestId('oem-code')).toHaveText([OEM]);

  // The gallery: the first image large, both as thumbnails, all really decoded from the API's media.
  const main = page.getByTestId('gallery-main');
  await expect(main).toBeVisible();
  await expect(page.getByTestId('gallery-thumb')).toHaveCount(2);
  await expect
    .poll(() => main.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBe(400);
  await page.getByTestId('gallery-thumb').nth(1).click();
  await expect(main).toHaveAttribute('alt', /imagen 2 de 2/);

  const fitments = page.getByTestId('fitment-row');
  await expect(fitments).toHaveCount(2);
  await expect(fitments.first()).toContainText('Hilux');
  await expect(fitments.first()).toContainText('desde 2016');
  await expect(fitments.nth(1)).toContainText('2016–2020');

  // The chart: an svg with a dot per observed change, for price and for stock.
  const chart = page.getByTestId('history-chart');
  await expect(chart.locator('svg').filter({ has: page.locator('circle.history-point') })).toBeVisible();
  await expect(chart.locator('circle.history-point')).toHaveCount(4);

  // The same part at the other supplier, under other punctuation, cheaper and in stock: the best offer.
  const offer = page.locator(`[data-testid="offer-row"][data-product-id="${southId}"]`);
  await expect(offer).toContainText('Zeta Frenos Sur');
  await expect(offer.getByTestId('best-offer')).toBeVisible();
  await expect(offer.getByTestId('offer-match')).toContainText('04466 0k010');

  // An operator separates it, then links it back by searching for it.
  await offer.getByTestId('unlink').click();
  await expect(page.getByTestId('same-parts-feedback')).toContainText('ya no se considera el mismo repuesto');
  await expect(page.getByTestId('same-parts-empty')).toBeVisible();
  await page.getByTestId('link-search').fill('SUR-9');
  await page.getByTestId('link-candidate').filter({ hasText: 'Zeta Frenos Sur' }).getByTestId('link').click();
  await expect(page.getByTestId('same-parts-feedback')).toContainText('quedó vinculado');
  await expect(offer.getByTestId('offer-match')).toHaveText('Vínculo manual');

  // On the other supplier's page, that product is the best offer.
  await offer.getByRole('link', { name: 'Pastillas freno Hilux' }).click();
  await expect(page).toHaveURL(new RegExp(`/catalog/products/${southId}$`));
  await expect(page.getByTestId('this-is-best')).toBeVisible();
});

test('the comparison groups the part across suppliers and marks the best offer in stock', async ({
  page,
}) => {
  await login(page, 'Viewer');
  await page.getByTestId('nav-compare').click();
  await expect(page).toHaveURL(/\/catalog\/compare/);
  await page.getByTestId('compare-search').fill('04466.0K010');
  await page.getByTestId('compare-submit').click();
  await expect(page).toHaveURL(/q=04466.0K010/);
  const group = page.getByTestId('part-group');
  await expect(group).toHaveCount(1);
  // Titled after its first product in name order, with that product's spelling of the shared code.
  await expect(group.getByTestId('part-codes')).toContainText(OEM);
  const rows = group.getByTestId('offer-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Zeta Frenos Sur');
  await expect(rows.first().getByTestId('best-offer')).toBeVisible();
  await expect(rows.nth(1).getByTestId('best-offer')).toHaveCount(0);
  // A Viewer can look, not link.
  await rows.nth(1).getByRole('link').click();
  await expect(page.getByTestId('same-parts')).toBeVisible();
  await expect(page.getByTestId('unlink')).toHaveCount(0);
  await expect(page.getByTestId('link-form')).toHaveCount(0);
});

test('an unknown product says so', async ({ page }) => {
  await login(page, 'Viewer', '/catalog/products/00000000-0000-4000-8000-000000000000');
  await expect(page.getByTestId('product-error')).toContainText('Producto no encontrado');
});
