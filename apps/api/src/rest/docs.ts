import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * /api/docs: Swagger UI from the swagger-ui-dist package, served by the API itself. Nothing is loaded from a
 * CDN (air-gapped installations have none), and the page runs no inline script, so its CSP stays strict.
 */

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const assetDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

// Relative URLs: the page is /api/docs, so "docs/…" and "openapi.json" stay under whatever prefix a proxy adds.
const PAGE = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SYNCAR API</title>
<link rel="stylesheet" href="docs/swagger-ui.css">
<link rel="icon" type="image/png" href="docs/favicon-32x32.png">
</head>
<body>
<noscript>La documentación interactiva necesita JavaScript. El documento OpenAPI está en
<a href="openapi.json">openapi.json</a>.</noscript>
<div id="swagger-ui"></div>
<script src="docs/swagger-ui-bundle.js"></script>
<script src="docs/init.js"></script>
</body>
</html>
`;

// No validator (it would call validator.swagger.io), and requests without cookies: "Try it out" acts with the
// token given in "Authorize", never with a browser session that happens to exist for the same host.
const INIT = `window.ui = SwaggerUIBundle({
  url: 'openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  requestInterceptor: function (request) {
    request.credentials = 'omit';
    return request;
  },
});
`;

const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const cache = new Map<string, Buffer>();

async function asset(name: string): Promise<Buffer> {
  let body = cache.get(name);
  if (!body) {
    body = await readFile(join(assetDir, name));
    cache.set(name, body);
  }
  return body;
}

/** Serves /api/docs and its assets; false when `path` is not one of them. */
export async function serveDocs(path: string, res: ServerResponse): Promise<boolean> {
  if (path === '/api/docs') {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      ...PAGE_HEADERS,
    });
    res.end(PAGE);
    return true;
  }
  const name = path.startsWith('/api/docs/') ? path.slice('/api/docs/'.length) : null;
  if (name === 'init.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(INIT);
    return true;
  }
  if (!name || !Object.hasOwn(ASSETS, name)) return false;
  const type = ASSETS[name]!;
  const body = await asset(name);
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
  return true;
}
