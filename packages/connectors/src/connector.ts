import type { ScrapedCategory, SupplierCredentials } from '@syncar/contracts';
import type { BrowserHost } from './browser';

/** What a connector found but could not use, reported instead of stored. */
export interface ExtractionProblem {
  where: string;
  problem: string;
}

export interface CategoryListing {
  categories: ScrapedCategory[];
  problems: ExtractionProblem[];
}

export interface ConnectorContext {
  baseUrl: string;
  credentials: SupplierCredentials;
  browser: BrowserHost;
  ignoreTlsErrors: boolean;
}

/**
 * How SYNCAR talks to one supplier portal. A connector instance serves one run: `login` first, then the
 * listing steps, then `close`. Every step takes the run's AbortSignal and stops promptly when it fires.
 * Product lists and detail pages join this interface with the sync engine.
 */
export interface Connector {
  login(signal: AbortSignal): Promise<void>;
  listCategories(signal: AbortSignal): Promise<CategoryListing>;
  close(): Promise<void>;
}

export type ConnectorFactory = (context: ConnectorContext) => Connector;
