import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type BlobStore,
  sniffImageType,
  THUMBNAIL_TYPE,
  THUMBNAIL_VARIANT,
  variantKey,
} from '@syncar/storage';

/** `/media/<sha256>` is a downloaded image, `/media/<sha256>/thumb` its thumbnail. */
const MEDIA_PATH = /^\/media\/([0-9a-f]{64})(\/thumb)?$/;
/** A key names its bytes forever: caches may keep them for a year without asking again. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

function notFound(res: ServerResponse): void {
  // Not cached: an image still being downloaded will be there soon.
  res.writeHead(404, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: { message: 'Imagen no encontrada' } }));
}

/** Whether an If-None-Match header names `etag` (strong or weak, in a list, or `*`). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/**
 * Serves product images from the blob store, by content hash, with long-lived cache headers and ETags. Anything
 * that is not exactly a known key is a 404: a path never reaches the store unless it is a well-formed key.
 */
export function createMediaHandler(store: BlobStore) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'Método no permitido' } }));
      return;
    }
    const match = MEDIA_PATH.exec(path);
    if (!match) return notFound(res);
    const thumb = match[2] !== undefined;
    const key = thumb ? variantKey(match[1]!, THUMBNAIL_VARIANT) : match[1]!;
    const etag = `"${key}"`;
    const cacheHeaders = { etag, 'cache-control': IMMUTABLE };
    if (matches(req.headers['if-none-match'], etag) && (await store.has(key))) {
      res.writeHead(304, cacheHeaders).end();
      return;
    }
    const bytes = await store.read(key);
    if (!bytes) return notFound(res);
    const contentType = thumb ? THUMBNAIL_TYPE : sniffImageType(bytes);
    if (!contentType) return notFound(res); // only images are ever stored as originals
    res.writeHead(200, {
      ...cacheHeaders,
      'content-type': contentType,
      'content-length': bytes.length,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}
