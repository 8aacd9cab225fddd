import { type CheerioAPI, load } from 'cheerio/slim';

export type { CheerioAPI };

/** Parses a page with htmlparser2 (fast, forgiving; entities decoded). */
export const loadHtml = (html: string): CheerioAPI => load(html);

/** Whether the document arrived whole: cut-off responses (flaky proxies, the sandbox's faults) lack the end tag. */
export const isCompleteDocument = (html: string): boolean => /<\/html>\s*$/i.test(html);

/** Why a page cannot be trusted as a whole. */
export interface Incompleteness {
  /** The document itself is cut off, rather than complete but without an element we need. */
  truncated: boolean;
  reason: string;
}

/** Undefined when the document is whole and has every landmark; otherwise what is wrong. */
export function checkComplete(
  $: CheerioAPI,
  html: string,
  landmarks: readonly string[],
): Incompleteness | undefined {
  if (!isCompleteDocument(html)) return { truncated: true, reason: 'the page is cut off (no </html>)' };
  const missing = landmarks.filter((selector) => $(selector).length === 0);
  if (missing.length === 0) return undefined;
  return { truncated: false, reason: `the page has no ${missing.join(', ')}` };
}

/** Trimmed text with runs of whitespace collapsed. */
export const cleanText = (text: string | undefined | null): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** `href` resolved against the page's URL; the raw value when it cannot be resolved (validation reports it). */
export function absoluteUrl(href: string, pageUrl: string): string {
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return href;
  }
}
