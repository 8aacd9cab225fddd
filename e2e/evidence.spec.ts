import { expect, test } from '@playwright/test';
import { env, login } from './support';

test('a failed login keeps a screenshot of the portal, shown in the run history', async ({ page }) => {
  await login(page, 'Operator', `/suppliers?supplier=${env('E2E_LOCKED_OUT_SUPPLIER_ID')}`);
  await page.getByTestId('import-categories').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'failed', { timeout: 60_000 });

  const failed = page.locator('[data-testid="run-history-row"][data-status="failed"]').first();
  await failed.getByRole('button').first().click();
  const item = page.getByTestId('run-evidence-item');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-kind', 'screenshot');
  await expect(page.getByTestId('run-evidence-error')).toContainText('login failed');
  await expect(page.getByTestId('run-evidence-url')).toHaveText(`${env('E2E_SANDBOX_URL')}/login`);

  await page.getByTestId('run-evidence-toggle').click();
  const screenshot = page.getByTestId('run-evidence-screenshot');
  await expect(screenshot).toBeVisible();
  // The picture really decoded: a broken image has no natural width.
  expect(
    await screenshot.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth),
  ).toBeGreaterThan(100);
});
