import type { BrowserContext, Page } from 'playwright-core';
import { retryUnavailable } from '../backoff';
import { withScreenshot } from '../browser-evidence';
import type { Connector, ConnectorContext, ProductDetail } from '../connector';
import type { CookieInit } from '../cookie-jar';
import { CategoryGoneError, PortalStructureError, throwIfAborted } from '../errors';
import type { Incompleteness } from '../html';
import { type HttpPage, HttpSession, TransientPageError } from '../http-session';
import { fetchImage } from '../images';
import { guard } from '../page-guard';
import { loginInBrowser } from './login';
import {
  type ProductListPageResult,
  parseCategoryPage,
  parseProductListPage,
  parseProductPage,
} from './parse';

const TIMEOUT_MS = 15_000;

function expectOk(response: HttpPage): void {
  if (response.status !== 200) {
    throw new PortalStructureError(`${response.url} answered ${response.status}`);
  }
}

/**
 * An incomplete page is fetched again (the session retries on TransientPageError); one still cut off after the
 * last attempt ends as PortalUnavailableError. A whole page without a landmark is left to the caller.
 */
function retryIfIncomplete(incomplete: Incompleteness | undefined, lastAttempt: boolean): void {
  if (incomplete && (!lastAttempt || incomplete.truncated)) throw new TransientPageError(incomplete.reason);
}

function requireWhole(incomplete: Incompleteness | undefined, url: string): void {
  if (incomplete) throw new PortalStructureError(`${url}: ${incomplete.reason}`);
}

/** The list page number `page` of a category: page K is `?page=K`. */
function listPageUrl(categoryUrl: string, page: number): string {
  const url = new URL(categoryUrl);
  if (page > 1) url.searchParams.set('page', String(page));
  return url.href;
}

function pageNumberOf(url: string): number | undefined {
  const page = Number(new URL(url).searchParams.get('page'));
  return Number.isInteger(page) && page > 0 ? page : undefined;
}

/**
 * The demo portal: server-rendered pages behind a session cookie. Logs in with Chromium (the form, as a person
 * would), then reads pages over plain HTTP with the browser's cookies; when the session expires the session
 * logs in with Chromium again.
 */
export function createSandboxConnector(context: ConnectorContext): Connector {
  let browserContext: BrowserContext | undefined;
  let page: Page | undefined;
  const http = new HttpSession({
    baseUrl: context.baseUrl,
    relogin: (signal) => browserLogin(signal),
    throttle: context.throttle,
  });

  async function openPage(signal: AbortSignal): Promise<{ browserContext: BrowserContext; page: Page }> {
    if (browserContext && page) return { browserContext, page };
    const created = await guard(signal, () =>
      context.browser.newContext({ ignoreHTTPSErrors: context.ignoreTlsErrors, signal }),
    );
    browserContext = created;
    created.setDefaultTimeout(TIMEOUT_MS);
    page = await guard(signal, () => created.newPage());
    return { browserContext: created, page };
  }

  let browserLogins = 0;

  /** Logs in with the browser, trying again after transient failures; returns the session's cookies. */
  async function browserLogin(signal: AbortSignal): Promise<CookieInit[]> {
    browserLogins++;
    const opened = await openPage(signal);
    try {
      await retryUnavailable(signal, () =>
        loginInBrowser(opened.page, context.baseUrl, context.credentials, signal),
      );
    } catch (error) {
      throw await withScreenshot(error, opened.page);
    }
    return guard(signal, () => opened.browserContext.cookies(context.baseUrl));
  }

  return {
    async login(signal, saved) {
      throwIfAborted(signal);
      if (saved?.length) {
        http.setCookies(saved);
        const before = browserLogins;
        // An expired session is sent to /login, which makes the HTTP session log in again by itself.
        const landing = await http.get('/portal', signal);
        if (landing.status === 200 && landing.html.includes('id="portal-nav"')) {
          return { reusedSession: browserLogins === before };
        }
      }
      http.setCookies(await browserLogin(signal));
      return { reusedSession: false };
    },

    sessionCookies: () => http.cookies(),

    async listCategories(signal) {
      const parsed = await http.fetchPage('/categorias', signal, (response, { lastAttempt }) => {
        expectOk(response);
        const result = parseCategoryPage(response.html, response.url);
        retryIfIncomplete(result.incomplete, lastAttempt);
        requireWhole(result.incomplete, response.url);
        return result;
      });
      return { categories: parsed.categories, problems: parsed.problems };
    },

    async *listProducts(category, options, signal) {
      const fromPage = options.fromPage ?? 1;
      if (!Number.isInteger(fromPage) || fromPage < 1)
        throw new RangeError(`fromPage must be 1 or more, got ${fromPage}`);
      let url: string | null = listPageUrl(http.resolve(category.url).href, fromPage);
      let number = fromPage;
      const visited = new Set<string>();
      while (url !== null) {
        throwIfAborted(signal);
        if (visited.has(url))
          throw new PortalStructureError(`the pages of ${category.externalId} loop back to ${url}`);
        visited.add(url);
        const parsed: ProductListPageResult = await http.fetchPage(
          url,
          signal,
          (response, { lastAttempt }) => {
            if (response.status === 404 || response.status === 410) {
              throw new CategoryGoneError(category.externalId, `${response.url} answered ${response.status}`);
            }
            expectOk(response);
            const result = parseProductListPage(response.html, response.url);
            retryIfIncomplete(result.incomplete, lastAttempt);
            requireWhole(result.incomplete, response.url);
            return result;
          },
        );
        yield { page: number, items: parsed.items, total: parsed.total, problems: parsed.problems };
        url = parsed.next;
        if (url !== null) number = pageNumberOf(url) ?? number + 1;
      }
    },

    productDetail(item, signal) {
      return http.fetchPage(item.url, signal, (response, { lastAttempt }): ProductDetail => {
        if (response.status === 404 || response.status === 410) {
          return {
            product: null,
            problems: [{ where: 'page', problem: `the portal answered ${response.status}` }],
          };
        }
        expectOk(response);
        const { product, problems, incomplete } = parseProductPage(response.html, response.url);
        retryIfIncomplete(incomplete, lastAttempt);
        if (product && product.sku !== item.sku) {
          const problem = `the page shows SKU ${product.sku}, the list linked it as ${item.sku}`;
          return { product: null, problems: [...problems, { where: 'sku', problem }] };
        }
        return { product, problems };
      });
    },

    fetchImage: (url, signal) => fetchImage(http, url, signal),

    async close() {
      await browserContext?.close().catch(() => {});
      browserContext = undefined;
      page = undefined;
    },
  };
}
