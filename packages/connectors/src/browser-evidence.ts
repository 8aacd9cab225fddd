import type { Page } from 'playwright-core';
import { ConnectorError, withEvidence } from './errors';

/**
 * Attaches a screenshot of `page` (and its HTML) to a connector error, so the run shows what the browser saw.
 * Best effort and bounded: a page that cannot be captured leaves the error as it was.
 */
export async function withScreenshot<E>(error: E, page: Page): Promise<E> {
  if (!(error instanceof ConnectorError) || error.evidence) return error;
  try {
    const [screenshot, html] = await Promise.all([
      page.screenshot({ type: 'png', timeout: 5_000 }),
      page.content(),
    ]);
    return withEvidence(error, { url: page.url(), html, screenshot });
  } catch {
    return error;
  }
}
