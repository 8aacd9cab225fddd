import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PortalStructureError, PortalUnavailableError } from './errors';
import { HttpSession } from './http-session';
import { fetchImage, ImageRejectedError, MAX_IMAGE_BYTES } from './images';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const routes = new Map<string, Handler>();
const hits = new Map<string, number>();
let server: ReturnType<typeof createServer>;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/html' }).end('<html>no</html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes.clear();
  hits.clear();
});

// Only the magic bytes matter here; decoding is the store's job.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR...'),
]);
const send =
  (body: Buffer | string, contentType: string, status = 200): Handler =>
  (_, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };
const signal = () => new AbortController().signal;
const session = () =>
  new HttpSession({
    baseUrl: base,
    retryDelaysMs: [1, 1],
    relogin: async () => [{ name: 'S', value: 'new' }],
  });

describe('fetchImage', () => {
  it('downloads an image and names its type by its bytes, not by what the portal said', async () => {
    routes.set('/img/a.jpg', send(png, 'image/jpeg'));
    const image = await fetchImage(session(), `${base}/img/a.jpg`, signal());
    expect(image).toEqual({ url: `${base}/img/a.jpg`, contentType: 'image/png', bytes: png });
  });

  it('refuses a page, a fake image or an error status, without retrying', async () => {
    routes.set('/img/page.jpg', send('<html>Iniciar sesión</html>', 'text/html; charset=utf-8'));
    routes.set('/img/fake.jpg', send('<svg><script>alert(1)</script></svg>', 'image/svg+xml'));
    routes.set('/img/gone.jpg', send(png, 'image/png', 404));
    for (const [path, reason] of [
      ['/img/page.jpg', 'sent as text/html, not as an image'],
      ['/img/fake.jpg', 'not a JPEG, PNG, GIF, WebP or AVIF image'],
      ['/img/missing.jpg', 'answered 404'],
      ['/img/gone.jpg', 'answered 404'],
    ] as const) {
      const failure = fetchImage(session(), `${base}${path}`, signal());
      await expect(failure, path).rejects.toBeInstanceOf(ImageRejectedError);
      await expect(failure, path).rejects.toThrow(reason);
      expect(hits.get(path), path).toBe(1);
    }
  });

  it('retries a 5xx and logs in again when the session is gone, sending the new cookie', async () => {
    let calls = 0;
    const cookies: Array<string | undefined> = [];
    routes.set('/img/b.jpg', (req, res) => {
      cookies.push(req.headers.cookie);
      calls++;
      if (calls === 1) res.writeHead(503).end('busy');
      else if (calls === 2) res.writeHead(302, { location: '/login' }).end();
      else send(png, 'image/png')(req, res);
    });
    const image = await fetchImage(session(), `${base}/img/b.jpg`, signal());
    expect(image.bytes).toEqual(png);
    expect(cookies).toEqual([undefined, undefined, 'S=new']);
  });

  it('gives up on an image that stays unavailable', async () => {
    routes.set('/img/down.jpg', send('error', 'text/html', 502));
    await expect(fetchImage(session(), `${base}/img/down.jpg`, signal())).rejects.toBeInstanceOf(
      PortalUnavailableError,
    );
    expect(hits.get('/img/down.jpg')).toBe(3);
  });

  it('refuses an image off the portal without requesting it, and one larger than the cap', async () => {
    await expect(fetchImage(session(), 'http://example.invalid/a.jpg', signal())).rejects.toBeInstanceOf(
      PortalStructureError,
    );
    routes.set('/img/huge.jpg', (_, res) => {
      // No Content-Length: the cap has to hold while the body streams in.
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(png);
      res.end(Buffer.alloc(MAX_IMAGE_BYTES));
    });
    await expect(fetchImage(session(), `${base}/img/huge.jpg`, signal())).rejects.toThrow(
      `larger than ${MAX_IMAGE_BYTES} bytes`,
    );
  });
});
