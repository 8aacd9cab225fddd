import { expect, type Page, test } from '@playwright/test';
import { createDb } from '@syncar/db';
import { env, login } from './support';

async function ensureCategories(page: Page) {
  const rows = page.getByTestId('category-row');
  if ((await rows.count()) === 0) {
    await page.getByTestId('import-categories').click();
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'succeeded', {
      timeout: 60_000,
    });
  }
  await expect(rows.first()).toBeVisible();
  return rows;
}

async function selectOnly(page: Page, externalId: string) {
  await page.getByTestId('category-select-none').click();
  await page
    .locator(`[data-testid="category-row"][data-external-id="${externalId}"] [data-testid="category-select"]`)
    .check();
  await expect(page.getByTestId('import-products')).toContainText('(1)');
}

test('select a category, import its products, reload mid-run and keep watching to 100 %; cancel a second run', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await login(page, 'Operator');
  const rows = await ensureCategories(page);
  const [first, second] = await rows.evaluateAll((elements) =>
    elements.slice(0, 2).map((row) => row.getAttribute('data-external-id')!),
  );

  await selectOnly(page, first!);
  await page.getByTestId('import-products').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await expect(page.getByTestId('run-category')).toContainText('1/1');

  await page.reload();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expect(page.getByTestId('run-log').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'succeeded', {
    timeout: 180_000,
  });
  await expect(page.getByTestId('run-progress')).toHaveAttribute('aria-valuenow', '100');
  // The saved selection survives the reload.
  await expect(
    page.locator(`[data-testid="category-row"][data-external-id="${first}"] [data-testid="category-select"]`),
  ).toBeChecked();

  const truth = (await (await fetch(`${env('E2E_SANDBOX_URL')}/__truth`)).json()) as {
    products: Array<{ sku: string; categoryExternalId: string }>;
  };
  const db = createDb({ connectionString: env('E2E_DATABASE_URL'), max: 1 });
  try {
    const stored = await db
      .selectFrom('products as p')
      .innerJoin('categories as c', 'c.id', 'p.categoryId')
      .select('p.sku')
      .where('c.externalId', '=', first!)
      .orderBy('p.sku')
      .execute();
    expect(stored.map((p) => p.sku)).toEqual(
      truth.products
        .filter((p) => p.categoryExternalId === first)
        .map((p) => p.sku)
        .sort(),
    );
  } finally {
    await db.destroy();
  }

  await selectOnly(page, second!);
  await page.getByTestId('import-products').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await page.getByTestId('run-cancel').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'cancelled', {
    timeout: 10_000,
  });
  await expect(page.getByTestId('run-reason')).toBeVisible();
});
