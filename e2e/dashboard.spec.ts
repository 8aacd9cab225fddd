import { expect, test } from '@playwright/test';
import type { ScrapedProduct } from '@syncar/contracts';
import { createRun, type Db, storeProductPage, upsertCategories, upsertSupplier } from '@syncar/db';
import { login, withDb } from './support';

const SLUG = 'panel-e2e';

const part = (i: number, priceClp: number, stock: number): ScrapedProduct => ({
  sku: `PNL-${i}`,
  name: `Filtro de aire ${i}`,
  brand: 'Mahle',
  description: null,
  url: `http://${SLUG}.test/p/${i}`,
  priceClp,
  stock,
  availability: stock > 0 ? 'in_stock' : 'out_of_stock',
  availableFrom: null,
  oemCodes: [],
  specs: [],
  images: [],
  fitments: [],
});

/** A supplier synced twice: a run that stored six products, then a failed one that changed two prices. */
async function seedSupplier(db: Db) {
  const supplierId = await upsertSupplier(db, {
    slug: SLUG,
    name: 'Panel Repuestos',
    connector: 'sandbox',
    baseUrl: `http://${SLUG}.test`,
  });
  await upsertCategories(db, supplierId, [
    {
      externalId: 'AIRE',
      name: 'Filtros',
      url: `http://${SLUG}.test/aire`,
      kind: 'linea',
      productCount: null,
    },
  ]);
  const { id: categoryId } = await db
    .selectFrom('categories')
    .select('id')
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  const sync = async (status: string, products: ScrapedProduct[]) => {
    const runId = await createRun(db, { supplierId, kind: 'products' });
    await storeProductPage(db, { supplierId, categoryId, runId, nextPage: 2, products });
    await db
      .updateTable('importRuns')
      .set({ status, reason: status === 'failed' ? 'El portal no respondió' : null, finishedAt: new Date() })
      .where('id', '=', runId)
      .execute();
  };
  await sync(
    'succeeded',
    Array.from({ length: 6 }, (_, i) => part(i, 10_000 + i * 1_000, 5)),
  );
  // Two prices change, one product only changes its stock.
  await sync('failed', [part(0, 9_500, 5), part(1, 12_000, 5), part(2, 12_000, 1)]);
}

/** The figures the dashboard should show, counted here from the rows themselves. */
async function expectedFigures(db: Db) {
  const products = await db.selectFrom('products').select(['supplierId', 'missingSince']).execute();
  const runs = await db
    .selectFrom('importRuns')
    .select('status')
    .where('finishedAt', 'is not', null)
    .execute();
  const history = await db
    .selectFrom('productHistory')
    .select(['productId', 'priceClp'])
    .orderBy('productId')
    .orderBy('observedAt')
    .orderBy('id')
    .execute();
  const priceChanges = history.filter(
    (row, i) =>
      i > 0 && history[i - 1]!.productId === row.productId && history[i - 1]!.priceClp !== row.priceClp,
  ).length;
  const suppliers = await db.selectFrom('suppliers').select('id').execute();
  return {
    products: products.filter((p) => p.missingSince === null).length,
    suppliers: suppliers.length,
    succeeded: runs.filter((r) => r.status === 'succeeded').length,
    failed: runs.filter((r) => r.status === 'failed').length,
    priceChanges,
  };
}

test.beforeAll(() => withDb(seedSupplier));

test('the Panel is second in the navigation and shows the catalog’s real figures', async ({ page }) => {
  await login(page, 'Viewer', '/catalog');
  const links = await page
    .locator('[data-testid^="nav-"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
  expect(links.slice(0, 2)).toEqual(['nav-catalog', 'nav-dashboard']);

  // Every run of the E2E platform is minutes old: well inside the dashboard's 30 days. Counted before the page
  // reads its own, so the page is never older than the figures.
  const figures = await withDb(expectedFigures);
  await page.getByTestId('nav-dashboard').click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId('dashboard')).toBeVisible();

  expect(figures.priceChanges).toBeGreaterThanOrEqual(2);
  const number = (value: number) => new Intl.NumberFormat('es-CL').format(value);
  await expect(page.getByTestId('dashboard-total-products')).toHaveText(number(figures.products));
  await expect(page.getByTestId('dashboard-total-suppliers')).toHaveText(number(figures.suppliers));
  await expect(page.getByTestId('dashboard-supplier')).toHaveCount(figures.suppliers);
  await expect(page.getByTestId('dashboard-runs-runsSucceeded')).toHaveText(number(figures.succeeded));
  await expect(page.getByTestId('dashboard-runs-runsFailed')).toHaveText(number(figures.failed));
  await expect(page.getByTestId('dashboard-prices-priceChanges')).toHaveText(number(figures.priceChanges));

  const supplier = page.locator('[data-testid="dashboard-supplier"][data-supplier="Panel Repuestos"]');
  await expect(supplier.getByTestId('dashboard-supplier-products')).toHaveText('6');
  await expect(supplier.getByTestId('dashboard-last-run')).toContainText('Fallida');
  await expect(supplier).toContainText('El portal no respondió');
  // Three charts, drawn by recharts.
  for (const chart of ['dashboard-runs', 'dashboard-prices', 'dashboard-catalog']) {
    await expect(page.getByTestId(chart).getByRole('application')).toBeVisible();
  }
});
