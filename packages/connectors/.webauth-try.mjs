// temporary script (deleted after use)
import { chromium } from 'playwright-core';
const WEB = 'http://localhost:3200';
const PASS = process.env.ADMIN_PASS;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const log = (...a) => console.log(...a);
page.on('console', (m) => { if (m.type() === 'error') log('console error:', m.text()); });
page.on('pageerror', (e) => log('pageerror:', e.message));

await page.goto(`${WEB}/suppliers?supplier=x`);
await page.waitForURL(/\/login/);
log('redirected to', page.url());
await page.screenshot({ path: '/tmp/webauth/shots/01-login.png' });

await page.locator('#login').fill('admin');
await page.locator('#password').fill('wrong-password');
await page.getByTestId('login-submit').click();
await page.getByTestId('login-error').waitFor();
log('login error:', await page.getByTestId('login-error').innerText());

await page.locator('#password').fill(PASS);
await page.getByTestId('login-submit').click();
await page.waitForURL(/\/suppliers/);
log('after login', page.url());
await page.getByTestId('supplier-panel').waitFor();
const navs = await page.locator('[data-testid^="nav-"]').evaluateAll((l) => l.map((x) => x.getAttribute('data-testid')));
log('nav', navs);
log('user', await page.getByTestId('user-name').innerText(), '/', await page.getByTestId('user-role').innerText());
log('credentials-status', await page.getByTestId('credentials-status').innerText());
await page.screenshot({ path: '/tmp/webauth/shots/02-suppliers.png', fullPage: true });

// credentials: bad RUT
await page.locator('#cred-rut').fill('11.111.111-2');
await page.locator('#cred-username').fill('demo');
await page.locator('#cred-password').fill('demo-pass');
await page.getByTestId('credentials-submit').click();
await page.getByTestId('credentials-error').waitFor();
log('cred error:', await page.getByTestId('credentials-error').innerText());
await page.locator('#cred-rut').fill('76.543.210-3');
await page.getByTestId('credentials-submit').click();
await page.getByTestId('credentials-saved').waitFor();
await page.getByText('Configuradas').waitFor();
log('cred saved; status', await page.getByTestId('credentials-status').innerText(), 'fields', await page.locator('#cred-rut').inputValue(), await page.locator('#cred-password').inputValue());

await context.storageState({ path: '/tmp/webauth/admin-state.json' });
await browser.close();
