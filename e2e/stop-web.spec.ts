import { expect, test } from '@playwright/test';
import { createDb } from '@syncar/db';
import { env, login } from './support';

async function importCategories(page: import('@playwright/test').Page) {
  await page.getByTestId('import-categories').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', /queued|running/);
}

// Runs after every other suite (see the projects in playwright.config.ts): it stops the web app.
test('stopping the web app mid-run does not stop the run', async ({ page }) => {
  await login(page, 'Operator');
  await importCategories(page);
  const runId = await page.getByTestId('run-panel').getAttribute('data-run-id');
  expect(runId).toBeTruthy();
  process.kill(-Number(env('E2E_WEB_PID')), 'SIGTERM');

  const db = createDb({ connectionString: env('E2E_DATABASE_URL'), max: 1 });
  try {
    await expect
      .poll(
        async () =>
          (await db.selectFrom('importRuns').select('status').where('id', '=', runId!).executeTakeFirst())
            ?.status,
        { timeout: 60_000 },
      )
      .toBe('succeeded');
  } finally {
    await db.destroy();
  }
});
