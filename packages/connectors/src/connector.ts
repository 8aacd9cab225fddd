import type {
  ProductListItem,
  ScrapedCategory,
  ScrapedProduct,
  SupplierCredentials,
} from '@syncar/contracts';
import type { BrowserHost } from './browser';
import type { CookieInit } from './cookie-jar';
import type { RequestThrottle } from './http-session';
import type { FetchedImage } from './images';

/** What a connector found but could not use, reported instead of stored. */
export interface ExtractionProblem {
  where: string;
  problem: string;
}

export interface CategoryListing {
  categories: ScrapedCategory[];
  problems: ExtractionProblem[];
}

/** One page of a category's product list. */
export interface ProductListPage {
  /** 1-based page number within the category. */
  page: number;
  items: ProductListItem[];
  /** How many products the portal says the category has, when it says so. */
  total: number | null;
  problems: ExtractionProblem[];
}

/** A product detail page: the product when it validated, and what was wrong otherwise. */
export interface ProductDetail {
  product: ScrapedProduct | null;
  problems: ExtractionProblem[];
}

export interface CategoryRef {
  externalId: string;
  url: string;
}

export interface ConnectorContext {
  baseUrl: string;
  credentials: SupplierCredentials;
  browser: BrowserHost;
  ignoreTlsErrors: boolean;
  /** Paces the connector's requests to the portal (shared by all workers); none means as fast as it answers. */
  throttle?: RequestThrottle;
}

/**
 * How SYNCAR talks to one supplier portal. A connector instance serves one run: `login` first, then the
 * listing steps, then `close`. Every step takes the run's AbortSignal and stops promptly when it fires.
 */
export interface Connector {
  /**
   * Logs in, or reuses `saved` (the cookies of an earlier run) when the portal still accepts them. Says which,
   * so the run can report it.
   */
  login(signal: AbortSignal, saved?: readonly CookieInit[] | null): Promise<{ reusedSession: boolean }>;
  /** The session's cookies now, to be saved (encrypted) for the next run. */
  sessionCookies(): CookieInit[];
  listCategories(signal: AbortSignal): Promise<CategoryListing>;
  /** Every page of a category's product list, in order, from `fromPage` (1 by default). */
  listProducts(
    category: CategoryRef,
    options: { fromPage?: number },
    signal: AbortSignal,
  ): AsyncIterable<ProductListPage>;
  productDetail(item: ProductListItem, signal: AbortSignal): Promise<ProductDetail>;
  /**
   * Downloads a product image with the portal session, only from the portal's origin. Throws ImageRejectedError
   * when the answer is not an image, PortalStructureError when it is off the portal or larger than
   * MAX_IMAGE_BYTES, PortalUnavailableError when it never came.
   */
  fetchImage(url: string, signal: AbortSignal): Promise<FetchedImage>;
  close(): Promise<void>;
}

export type ConnectorFactory = (context: ConnectorContext) => Connector;
