// temporary script (deleted after use)
import { chromium } from 'playwright-core';
const WEB = 'http://localhost:3200';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ storageState: '/tmp/webauth/admin-state.json' });
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
const calls = [];
context.on('request', (r) => { const u = r.url(); if (u.includes('/trpc/')) calls.push(u.split('/trpc/')[1].split('?')[0]); });
context.on('response', (r) => { const u = r.url(); if (u.includes('/trpc/') && r.status() !== 200) log('  resp', r.status(), u.split('/trpc/')[1].split('?')[0]); });
const page = await context.newPage();
page.on('pageerror', (e) => log('pageerror:', e.message));

// The stored state may hold an expired access token already: first load must refresh silently.
await page.goto(`${WEB}/suppliers`);
await page.getByTestId('supplier-panel').waitFor();
log('loaded suppliers; calls:', calls.splice(0));
log('waiting 35 s for the access token to expire…');
await page.waitForTimeout(35_000);
// Two tabs hit the expiry at the same moment: the refresh must be serialized across tabs.
const page2 = await context.newPage();
await Promise.all([
  page.getByTestId('nav-users').click(),
  page2.goto(`${WEB}/roles`),
]);
await page.getByTestId('user-row').first().waitFor();
await page2.getByTestId('role-card').first().waitFor();
log('users + roles pages after expiry; calls:', calls.splice(0));
log('still signed in?', page.url(), page2.url());

// Refresh refused: the cookies are gone (as after a revoked session). Client-side navigation must land on login with next.
await page2.close();
await page.getByTestId('nav-audit').click();
await page.getByTestId('audit-log').waitFor();
await page.locator('#audit-action').fill('auth.');
await page.getByTestId('audit-apply').click();
await page.waitForTimeout(1000);
log('audit rows for auth.:', await page.getByTestId('audit-row').count());
await context.clearCookies();
await page.getByTestId('nav-users').click();
await page.waitForURL(/\/login/, { timeout: 15_000 });
log('after cookies cleared →', page.url(), 'calls:', calls.splice(0));
await context.storageState({ path: '/tmp/webauth/after.json' });
await browser.close();
