import { expect, type Page, test } from '@playwright/test';
import { DEFAULT_SUPPLIER_SETTINGS, type SupplierSettings } from '@syncar/contracts';
import { findSupplierSettings, saveSupplierSettings } from '@syncar/db';
import { env, login, withDb } from './support';

const stored = () => withDb((db) => findSupplierSettings(db, env('E2E_DEMO_SUPPLIER_ID')));

// The platform is shared by every spec: leave the demo supplier as it was found.
test.afterEach(async () => {
  await withDb((db) => saveSupplierSettings(db, env('E2E_DEMO_SUPPLIER_ID'), DEFAULT_SUPPLIER_SETTINGS));
});

const input = (page: Page, field: keyof SupplierSettings) => page.getByTestId(`settings-${field}`);

async function expectShown(page: Page, values: Record<keyof SupplierSettings, string>) {
  for (const [field, value] of Object.entries(values)) {
    await expect(input(page, field as keyof SupplierSettings)).toHaveValue(value);
  }
}

test('an admin changes the sync settings and finds them kept after a reload', async ({ page }) => {
  await login(page, 'Admin');
  await expectShown(page, {
    productsPerCategory: '',
    requestsPerMinute: '',
    maxConcurrency: '4',
    categoryOrder: 'portal',
  });
  await expect(input(page, 'requestsPerMinute')).toHaveAttribute('placeholder', 'Sin límite');

  await input(page, 'productsPerCategory').fill('250');
  // Typed the Chilean way, with a thousands separator: 1200, not 1.2.
  await input(page, 'requestsPerMinute').fill('1.200');
  await input(page, 'maxConcurrency').fill('2');
  await input(page, 'categoryOrder').selectOption('size');
  await page.getByTestId('settings-submit').click();
  await expect(page.getByTestId('settings-saved')).toHaveText('Ajustes guardados.');
  expect(await stored()).toEqual({
    productsPerCategory: 250,
    requestsPerMinute: 1200,
    maxConcurrency: 2,
    categoryOrder: 'size',
  });

  await page.reload();
  await expectShown(page, {
    productsPerCategory: '250',
    requestsPerMinute: '1200',
    maxConcurrency: '2',
    categoryOrder: 'size',
  });

  // Emptying a limit removes it.
  await input(page, 'productsPerCategory').fill('');
  await page.getByTestId('settings-submit').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await page.reload();
  await expect(input(page, 'requestsPerMinute')).toHaveValue('1200');
  await expect(input(page, 'productsPerCategory')).toHaveValue('');
  expect((await stored()).productsPerCategory).toBeNull();
});

test('a bad value shows the reason under its field and saves nothing', async ({ page }) => {
  await login(page, 'Admin');
  await input(page, 'requestsPerMinute').fill('10000');
  await input(page, 'maxConcurrency').fill('0');
  await input(page, 'productsPerCategory').fill('50');
  await page.getByTestId('settings-submit').click();

  await expect(page.getByTestId('settings-error-requestsPerMinute')).toHaveText(
    'Las solicitudes por minuto deben ser un número entero de 1 a 6.000, o quedar vacías (sin límite)',
  );
  await expect(page.getByTestId('settings-error-maxConcurrency')).toHaveText(
    'Las solicitudes simultáneas deben ser un número entero de 1 a 16',
  );
  await expect(input(page, 'maxConcurrency')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('settings-error-productsPerCategory')).toHaveCount(0);
  await expect(page.getByTestId('settings-saved')).toHaveCount(0);
  expect(await stored()).toEqual(DEFAULT_SUPPLIER_SETTINGS);

  await input(page, 'requestsPerMinute').fill('600');
  await input(page, 'maxConcurrency').fill('3');
  await page.getByTestId('settings-submit').click();
  await expect(page.getByTestId('settings-saved')).toBeVisible();
  await expect(page.locator('[data-testid^="settings-error-"]')).toHaveCount(0);
  expect(await stored()).toMatchObject({
    productsPerCategory: 50,
    requestsPerMinute: 600,
    maxConcurrency: 3,
  });
});

test('an Operator sees the settings but cannot change them', async ({ page }) => {
  await login(page, 'Operator');
  await expect(page.getByTestId('settings-read-only')).toBeVisible();
  await expect(input(page, 'maxConcurrency')).toHaveValue('4');
  await expect(input(page, 'maxConcurrency')).toBeDisabled();
  await expect(input(page, 'categoryOrder')).toBeDisabled();
  await expect(page.getByTestId('settings-submit')).toHaveCount(0);
});
