import { expect, type Page, test } from '@playwright/test';
import { createDb, listCategories } from '@syncar/db';
import { env, login, setDemoPace } from './support';

interface Truth {
  categories: Array<{ externalId: string; name: string; url: string; kind: string }>;
}

async function portalTruth(): Promise<Truth> {
  return (await fetch(`${env('E2E_SANDBOX_URL')}/__truth`)).json() as Promise<Truth>;
}

async function storedCategories() {
  const db = createDb({ connectionString: env('E2E_DATABASE_URL'), max: 1 });
  try {
    return await listCategories(db, env('E2E_DEMO_SUPPLIER_ID'));
  } finally {
    await db.destroy();
  }
}

async function importCategories(page: Page) {
  await page.getByTestId('import-categories').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', /queued|running/);
}

async function expectSucceeded(page: Page) {
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'succeeded');
  await expect(page.getByTestId('run-progress')).toHaveAttribute('aria-valuenow', '100');
}

test('importing categories shows live progress to 100 % and then exactly the portal categories', async ({
  page,
}) => {
  const truth = await portalTruth();
  await login(page, 'Operator');
  await expect(page.getByText('Aún no hay categorías')).toBeVisible();

  await importCategories(page);
  // Live: the panel passes through "running" before it ends.
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
  await expectSucceeded(page);

  const rows = page.getByTestId('category-row');
  await expect(rows).toHaveCount(truth.categories.length);
  const shown = await rows.evaluateAll((elements) =>
    elements.map((row) => row.getAttribute('data-external-id')),
  );
  expect(shown).toEqual(truth.categories.map((c) => c.externalId));
  for (const category of truth.categories.slice(0, 5)) {
    await expect(page.getByTestId('category-list')).toContainText(category.name);
  }

  const stored = await storedCategories();
  expect(stored.map(({ externalId, name, url, kind }) => ({ externalId, name, url, kind }))).toEqual(
    truth.categories.map(({ externalId, name, url, kind }) => ({ externalId, name, url, kind })),
  );

  // A second run changes nothing and duplicates nothing.
  await importCategories(page);
  await expectSucceeded(page);
  await expect(rows).toHaveCount(truth.categories.length);
  expect(await storedCategories()).toEqual(stored);
});

test('reloading the page mid-run shows the whole history and keeps streaming', async ({ page }) => {
  // Five seconds between portal requests: the run outlasts a reload on any machine.
  await setDemoPace(12);
  try {
    await login(page, 'Operator');
    await importCategories(page);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');

    await page.reload();
    // Still live after the reload: the run has not ended yet.
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'running');
    const log = page.getByTestId('run-log').locator('li');
    // The first events of the run (queued, then running) are there after the reload...
    await expect(log.first()).toBeVisible();
    const before = await log.count();
    expect(before).toBeGreaterThanOrEqual(2);
    // ...and the panel keeps streaming to the end.
    await expectSucceeded(page);
    expect(await log.count()).toBeGreaterThan(before);
  } finally {
    await setDemoPace(null);
  }
});
