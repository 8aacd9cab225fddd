/**
 * Where things live on the portal. Pages link with these paths; the truth endpoint publishes
 * `absoluteUrl(origin, path)` of the same paths, which is what a scraper gets by resolving the hrefs.
 */

export const categoryPath = (externalId: string): string => `/categorias/${encodeURIComponent(externalId)}`;

export const productPath = (sku: string): string => `/productos/${encodeURIComponent(sku)}`;

/** `origin` is 'http://host:port' without a trailing slash; `path` starts with '/'. */
export const absoluteUrl = (origin: string, path: string): string => `${origin}${path}`;
