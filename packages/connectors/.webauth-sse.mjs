// temporary script (deleted after use)
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
const WEB = 'http://localhost:3200';
const RUN = process.env.RUN;
const psql = (sql) => execSync(`psql -h 127.0.0.1 -U postgres -d syncar_webauth -Atq -c "${sql.replace(/"/g, '\\"')}"`).toString();
const addEvent = (seq, message) =>
  psql(`insert into import_run_events (run_id, seq, data) values ('${RUN}', ${seq}, '{"type":"log","level":"info","message":"${message}"}'); update import_runs set event_seq=${seq} where id='${RUN}'`);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext();
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
const calls = [];
context.on('request', (r) => { const u = r.url(); if (u.includes('/trpc/')) calls.push(u.split('/trpc/')[1].split('?')[0] + (u.includes('lastEventId') ? ' (lastEventId=' + new URL(u).searchParams.get('input') + ')' : '')); });
const page = await context.newPage();
page.on('pageerror', (e) => log('pageerror:', e.message));

await page.goto(`${WEB}/login?next=${encodeURIComponent('/suppliers')}`);
await page.locator('#login').fill('admin');
await page.locator('#password').fill(process.env.ADMIN_PASS);
await page.getByTestId('login-submit').click();
await page.getByTestId('run-panel').waitFor();
await page.locator('[data-testid="run-live"][data-state="pending"]').waitFor();
log('live; log lines', await page.locator('[data-testid="run-log"] li').count(), 'calls', calls.splice(0));
log('waiting 35 s for the access token to expire…');
await page.waitForTimeout(35_000);
addEvent(3, 'evento tres');
await page.locator('[data-testid="run-log"] li[data-seq="3"]').waitFor({ timeout: 10_000 });
log('seq 3 arrived on the open stream');
log('restarting the API…');
execSync('kill -- -$(cat /tmp/webauth/api.pid); sleep 1; (setsid /tmp/webauth/api.sh > /tmp/webauth/api2.log 2>&1 & echo $! > /tmp/webauth/api.pid)', { shell: '/bin/bash' });
await page.waitForTimeout(1500);
log('live state during restart:', await page.getByTestId('run-live').getAttribute('data-state').catch(() => 'n/a'));
for (let i = 0; i < 40; i++) {
  try { execSync('curl -sf localhost:4500/healthz'); break; } catch { await page.waitForTimeout(500); }
}
log('API back up');
addEvent(4, 'evento cuatro');
await page.locator('[data-testid="run-log"] li[data-seq="4"]').waitFor({ timeout: 40_000 });
const seqs = await page.locator('[data-testid="run-log"] li').evaluateAll((l) => l.map((x) => x.getAttribute('data-seq')));
log('seq 4 arrived after reconnect; seqs', seqs, 'live', await page.getByTestId('run-live').getAttribute('data-state'));
log('calls', calls.splice(0));
await page.screenshot({ path: '/tmp/webauth/shots/03-run.png', fullPage: true });

// Refresh refused: cookies gone. A new query must land on /login?next=<this page>.
await page.getByTestId('nav-audit').click();
await page.getByTestId('audit-log').waitFor();
await context.clearCookies();
await page.locator('#audit-action').fill('user.');
await page.getByTestId('audit-apply').click();
await page.waitForURL(/\/login/, { timeout: 15_000 });
log('after cookies cleared →', page.url(), 'calls', calls.splice(0));
await browser.close();
