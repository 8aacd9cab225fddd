/// <reference lib="dom" />
import { scrapedCategorySchema } from '@syncar/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import type { CategoryListing, Connector, ConnectorContext } from '../connector';
import { LoginFailedError, PortalStructureError, PortalUnavailableError, throwIfAborted } from '../errors';
import { guard } from '../page-guard';

/** Selectors of the demo supplier portal (apps/supplier-sandbox). */
const SELECTORS = {
  loginForm: '#login-form',
  rut: '#login-form input[name="rut"]',
  user: '#login-form input[name="user"]',
  password: '#login-form input[name="password"]',
  submit: '#login-submit',
  loginError: '.login-error',
  landmark: '#portal-nav',
  categoryTable: '#category-table',
  categoryRow: '#category-table tr.category-row',
} as const;

const TIMEOUT_MS = 15_000;

/** The demo portal: one kind of category (product lines), server-rendered pages, a session cookie. */
export function createSandboxConnector(context: ConnectorContext): Connector {
  let browserContext: BrowserContext | undefined;
  let page: Page | undefined;
  const url = (path: string) => new URL(path, context.baseUrl).toString();

  async function openPage(signal: AbortSignal): Promise<Page> {
    if (page) return page;
    const created = await guard(signal, () =>
      context.browser.newContext({ ignoreHTTPSErrors: context.ignoreTlsErrors, signal }),
    );
    browserContext = created;
    created.setDefaultTimeout(TIMEOUT_MS);
    page = await guard(signal, () => created.newPage());
    return page;
  }

  async function visit(target: Page, path: string, signal: AbortSignal) {
    const response = await guard(signal, () => target.goto(url(path), { waitUntil: 'domcontentloaded' }));
    if (!response || response.status() >= 500) {
      throw new PortalUnavailableError(`${path} answered ${response?.status() ?? 'nothing'}`);
    }
  }

  return {
    async login(signal) {
      throwIfAborted(signal);
      const target = await openPage(signal);
      await visit(target, '/login', signal);
      if ((await guard(signal, () => target.locator(SELECTORS.loginForm).count())) === 0) {
        throw new PortalStructureError(`no login form (${SELECTORS.loginForm}) at ${target.url()}`);
      }
      await guard(signal, async () => {
        await target.fill(SELECTORS.rut, context.credentials.rut);
        await target.fill(SELECTORS.user, context.credentials.username);
        await target.fill(SELECTORS.password, context.credentials.password);
        await Promise.all([target.waitForLoadState('domcontentloaded'), target.click(SELECTORS.submit)]);
        await target.waitForSelector(`${SELECTORS.landmark}, ${SELECTORS.loginError}`);
      });
      const error = target.locator(SELECTORS.loginError);
      if ((await guard(signal, () => error.count())) > 0) {
        throw new LoginFailedError(
          `the portal rejected the credentials ("${(await guard(signal, () => error.textContent()))?.trim()}")`,
        );
      }
    },

    async listCategories(signal) {
      const target = await openPage(signal);
      await visit(target, '/categorias', signal);
      if (new URL(target.url()).pathname === '/login')
        throw new LoginFailedError('the portal session is not valid');
      if ((await guard(signal, () => target.locator(SELECTORS.categoryTable).count())) === 0) {
        throw new PortalStructureError(`no category table (${SELECTORS.categoryTable}) at ${target.url()}`);
      }
      const rows = await guard(signal, () =>
        target.$$eval(SELECTORS.categoryRow, (elements) =>
          elements.map((row) => {
            const link = row.querySelector<HTMLAnchorElement>('td.category-name a');
            return {
              externalId: row.getAttribute('data-category-id') ?? '',
              name: link?.textContent?.trim() ?? '',
              url: link?.href ?? '',
            };
          }),
        ),
      );
      const listing: CategoryListing = { categories: [], problems: [] };
      rows.forEach((row, index) => {
        const parsed = scrapedCategorySchema.safeParse({ ...row, kind: 'linea' });
        if (parsed.success) listing.categories.push(parsed.data);
        else {
          listing.problems.push({
            where: `category row ${index + 1}${row.externalId ? ` (${row.externalId})` : ''}`,
            problem: parsed.error.issues
              .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
              .join('; '),
          });
        }
      });
      return listing;
    },

    async close() {
      await browserContext?.close().catch(() => {});
      browserContext = undefined;
      page = undefined;
    },
  };
}
