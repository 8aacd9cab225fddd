import type { SupplierCredentials } from '@syncar/contracts';
import type { Page, Response } from 'playwright-core';
import { LoginFailedError, PortalStructureError, PortalUnavailableError } from '../errors';
import { isCompleteDocument } from '../html';
import { guard } from '../page-guard';

/** Selectors of the demo portal's login (apps/supplier-sandbox). */
const SELECTORS = {
  loginForm: '#login-form',
  rut: '#login-form input[name="rut"]',
  user: '#login-form input[name="user"]',
  password: '#login-form input[name="password"]',
  submit: '#login-submit',
  loginError: '.login-error',
  landmark: '#portal-nav',
} as const;

/** A login page that is an error page or cut off is worth another try, not a verdict on the portal. */
async function expectWholePage(response: Response | null, path: string, signal: AbortSignal) {
  if (!response) throw new PortalUnavailableError(`${path} answered nothing`);
  const status = response.status();
  if (status === 429 || status >= 500) throw new PortalUnavailableError(`${path} answered ${status}`);
  const body = await guard(signal, () => response.text());
  if (!isCompleteDocument(body)) throw new PortalUnavailableError(`${path} came back cut off`);
}

/**
 * One attempt at logging in through the login form; the session cookie stays in the page's browser context.
 * LoginFailedError when the portal rejects the credentials; PortalUnavailableError when it answered with
 * something else than a redirect into the portal, the portal or a login error (an error page, a cut-off page):
 * worth another attempt.
 */
export async function loginInBrowser(
  page: Page,
  baseUrl: string,
  credentials: SupplierCredentials,
  signal: AbortSignal,
): Promise<void> {
  const loginUrl = new URL('/login', baseUrl).href;
  const response = await guard(signal, () => page.goto(loginUrl, { waitUntil: 'domcontentloaded' }));
  await expectWholePage(response, '/login', signal);
  if ((await guard(signal, () => page.locator(SELECTORS.loginForm).count())) === 0) {
    throw new PortalStructureError(`no login form (${SELECTORS.loginForm}) at ${page.url()}`);
  }
  const submitted = await guard(signal, async () => {
    await page.fill(SELECTORS.rut, credentials.rut);
    await page.fill(SELECTORS.user, credentials.username);
    await page.fill(SELECTORS.password, credentials.password);
    // Whatever the answer (the portal, the form with an error, an error page), a new document loads.
    const [post] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
      page.waitForEvent('domcontentloaded'),
      page.click(SELECTORS.submit),
    ]);
    return post;
  });
  const status = submitted.status();
  if (status === 429 || status >= 500) throw new PortalUnavailableError(`the login form answered ${status}`);
  const location = submitted.headers().location;
  // A redirect away from the login page means the session exists, whatever the landing page then shows.
  if (status >= 300 && status < 400 && location && new URL(location, loginUrl).href !== loginUrl) return;
  const error = page.locator(SELECTORS.loginError);
  if ((await guard(signal, () => error.count())) > 0) {
    throw new LoginFailedError(
      `the portal rejected the credentials ("${(await guard(signal, () => error.textContent()))?.trim()}")`,
    );
  }
  if ((await guard(signal, () => page.locator(SELECTORS.landmark).count())) === 0) {
    throw new PortalUnavailableError(
      `after the login form the portal showed neither its navigation (${SELECTORS.landmark}) nor a login error (${page.url()})`,
    );
  }
}
