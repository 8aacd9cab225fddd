import { expect, test } from '@playwright/test';
import { env, login } from './support';

const asIntegration = (secret: string) =>
  fetch(`${env('E2E_API_URL')}/api/catalog/search?limit=1`, {
    headers: { authorization: `Bearer ${secret}` },
  });

test('an operator creates an API token, sees its secret once, uses it and revokes it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env('E2E_WEB_URL') });
  await login(page, 'Operator', '/catalog');
  await page.getByTestId('api-tokens-link').click();
  await expect(page).toHaveURL(/\/account\/api-tokens$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tokens de API');
  await expect(page.getByTestId('api-docs-link')).toHaveAttribute('href', `${env('E2E_API_URL')}/api/docs`);

  await page.getByTestId('new-api-token').click();
  await page.getByTestId('api-token-name').fill('ERP bodega');
  // Only the operator's own permissions are offered; catalog:read comes ticked.
  await expect(page.getByTestId('api-token-perm-catalog:read')).toBeChecked();
  await expect(page.getByTestId('api-token-perm-imports:run')).not.toBeChecked();
  await expect(page.getByTestId('api-token-perm-users:manage')).toHaveCount(0);
  await page.getByTestId('api-token-create').click();

  const secretField = page.getByTestId('api-token-secret');
  await expect(secretField).toHaveValue(/^syncar_[A-Za-z0-9_-]{43}$/);
  const secret = await secretField.inputValue();
  await page.getByTestId('api-token-copy').click();
  await expect(page.getByTestId('api-token-copy')).toHaveText('Copiado');
  expect(await page.evaluate('navigator.clipboard.readText()')).toBe(secret);

  const row = page.getByTestId('api-token-row').filter({ hasText: 'ERP bodega' });
  await expect(row.getByTestId('api-token-prefix')).toHaveText(`${secret.slice(0, 15)}…`);
  await expect(row.getByTestId('api-token-status')).toHaveText('Activo');
  await expect(row.getByTestId('api-token-last-used')).toHaveText('Nunca');

  // The integration uses it (from outside the browser: no session cookie).
  expect((await asIntegration(secret)).status).toBe(200);

  // Once dismissed (or after a reload) the secret is gone for good; the list shows its last use.
  await page.getByTestId('api-token-secret-done').click();
  await expect(secretField).toHaveCount(0);
  await page.reload();
  await expect(row.getByTestId('api-token-status')).toHaveText('Activo');
  await expect(row.getByTestId('api-token-last-used')).not.toHaveText('Nunca');
  expect(await page.content()).not.toContain(secret);

  await row.getByTestId('api-token-revoke').click();
  const dialog = page.getByTestId('api-token-revoke-dialog');
  await expect(dialog).toContainText('Revocar el token «ERP bodega»');
  await dialog.getByTestId('api-token-revoke-confirm').click();
  await expect(page.getByTestId('api-tokens-notice')).toHaveText('Token «ERP bodega» revocado.');
  await expect(row.getByTestId('api-token-status')).toHaveText('Revocado');
  await expect(row.getByTestId('api-token-revoke')).toHaveCount(0);

  const refused = await asIntegration(secret);
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { message: string }).message).toBe(
    'El token de API no es válido, expiró o fue revocado',
  );
});
