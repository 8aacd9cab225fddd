import { expect, test } from '@playwright/test';
import type { DefaultRoleName } from '@syncar/contracts';
import { env, login } from './support';

const NAV: Record<DefaultRoleName, string[]> = {
  'Super Admin': [
    'nav-catalog',
    'nav-dashboard',
    'nav-compare',
    'nav-suppliers',
    'nav-users',
    'nav-roles',
    'nav-audit',
  ],
  Admin: [
    'nav-catalog',
    'nav-dashboard',
    'nav-compare',
    'nav-suppliers',
    'nav-users',
    'nav-roles',
    'nav-audit',
  ],
  Operator: ['nav-catalog', 'nav-dashboard', 'nav-compare', 'nav-suppliers'],
  Viewer: ['nav-catalog', 'nav-dashboard', 'nav-compare', 'nav-suppliers'],
};

for (const [role, allowed] of Object.entries(NAV) as Array<[DefaultRoleName, string[]]>) {
  test(`${role} sees exactly the navigation their role allows`, async ({ page }) => {
    await login(page, role);
    await expect(page.getByTestId('nav-suppliers')).toBeVisible();
    const shown = await page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
    expect(shown.sort()).toEqual([...allowed].sort());
  });
}

test('a Viewer gets "access denied" pages, no import button, and a 403 from the API itself', async ({
  page,
}) => {
  await login(page, 'Viewer');
  await expect(page.getByTestId('supplier-panel')).toBeVisible();
  await expect(page.getByTestId('import-categories')).toHaveCount(0);

  await page.goto(`${env('E2E_WEB_URL')}/users`);
  await expect(page.getByTestId('access-denied')).toBeVisible();
  await expect(page.getByTestId('user-row')).toHaveCount(0);

  // Straight to the API with the Viewer's own cookies, as a curious user could from the console.
  const status = await page.evaluate(
    async ({ api, supplierId }) => {
      const response = await fetch(`${api}/trpc/imports.start`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { supplierId, kind: 'categories' } }),
      });
      return response.status;
    },
    { api: env('E2E_API_URL'), supplierId: env('E2E_DEMO_SUPPLIER_ID') },
  );
  expect(status).toBe(403);
});

test('signing out ends the session: pages send you back to the login', async ({ page }) => {
  await login(page, 'Operator');
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto(`${env('E2E_WEB_URL')}/suppliers`);
  await expect(page).toHaveURL(/\/login\?next=/);
});
