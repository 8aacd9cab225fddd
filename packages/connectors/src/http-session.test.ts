import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortedError, LoginFailedError, PortalStructureError, PortalUnavailableError } from './errors';
import { HttpSession, type HttpSessionOptions, parseRetryAfter, TransientPageError } from './http-session';

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
    else res.writeHead(404).end('<html>no</html>');
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

const page =
  (body: string, status = 200, headers: Record<string, string> = {}): Handler =>
  (_, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
const redirect =
  (location: string, headers: Record<string, string> = {}): Handler =>
  (_, res) => {
    res.writeHead(302, { location, ...headers }).end();
  };
/** Answers with `handlers` in turn, the last one from then on. */
const sequence = (...handlers: Handler[]): Handler => {
  let call = 0;
  return (req, res) => handlers[Math.min(call++, handlers.length - 1)]!(req, res);
};

const signal = () => new AbortController().signal;

function session(options: Partial<HttpSessionOptions> = {}) {
  return new HttpSession({
    baseUrl: base,
    retryDelaysMs: [1, 1, 1],
    relogin: async () => [{ name: 'S', value: 'fresh' }],
    ...options,
  });
}

describe('HttpSession.get', () => {
  it('sends the session cookies, keeps Set-Cookie, follows same-origin redirects and decodes UTF-8', async () => {
    const cookies: (string | undefined)[] = [];
    routes.set('/a', redirect('/b', { 'set-cookie': 'extra=1; Path=/' }));
    routes.set('/b', (req, res) => {
      cookies.push(req.headers.cookie);
      page('<html>Señor ñandú $12.990</html>')(req, res);
    });
    const http = session();
    http.setCookies([{ name: 'S', value: 'seed', path: '/', expires: -1 }]);
    const result = await http.get('/a?x=1', signal());
    expect(result).toEqual({ status: 200, url: `${base}/b`, html: '<html>Señor ñandú $12.990</html>' });
    expect(cookies).toEqual(['S=seed; extra=1']);
  });

  it('returns 4xx pages for the caller to judge', async () => {
    expect((await session().get('/missing', signal())).status).toBe(404);
  });

  it('refuses URLs and redirects off the portal', async () => {
    const http = session();
    const foreign = base.replace('127.0.0.1', 'localhost');
    await expect(http.get(`${foreign}/a`, signal())).rejects.toThrow(PortalStructureError);
    await expect(http.get('http://metadata.invalid/latest/meta-data', signal())).rejects.toThrow(
      /refusing to fetch http:\/\/metadata\.invalid\/latest\/meta-data: it is not on the portal/,
    );
    routes.set('/away', redirect(`${foreign}/steal`));
    const error = await http.get('/away', signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalStructureError);
    expect((error as Error).message).toMatch(/redirected to http:\/\/localhost:\d+\/steal, off the portal/);
    expect(hits.get('/steal')).toBeUndefined();
  });

  it('gives up after 5 redirects', async () => {
    routes.set('/loop', (req, res) => redirect(`/loop?n=${Math.random()}`)(req, res));
    await expect(session().get('/loop', signal())).rejects.toThrow(/redirected more than 5 times/);
    expect(hits.get('/loop')).toBe(6);
  });

  it('retries 5xx answers and network errors, then reports the portal unavailable', async () => {
    routes.set('/flaky', sequence(page('down', 503), page('down', 500), page('<html>ok</html>')));
    expect((await session().get('/flaky', signal())).html).toBe('<html>ok</html>');
    routes.set('/down', page('down', 502));
    const error = await session()
      .get('/down', signal())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalUnavailableError);
    expect((error as Error).message).toBe('portal unavailable: /down: answered 502 (4 attempts)');
    expect(hits.get('/down')).toBe(4);
    routes.set('/reset', (req) => req.socket.destroy());
    await expect(session().get('/reset', signal())).rejects.toThrow(
      /\/reset: network error .*\(4 attempts\)/,
    );
  });

  it('waits out 429 answers without counting them as failed attempts, up to a limit', async () => {
    const limited = page('slow down', 429, { 'retry-after': '0' });
    routes.set('/limited', sequence(limited, limited, limited, limited, limited, page('<html>ok</html>')));
    const http = session({ retryDelaysMs: [] });
    expect((await http.get('/limited', signal())).html).toBe('<html>ok</html>');
    routes.set('/always', limited);
    await expect(http.get('/always', signal())).rejects.toThrow(/rate limited/);
    expect(hits.get('/always')).toBe(11);
    routes.set('/long', page('later', 429, { 'retry-after': '3600' }));
    await expect(http.get('/long', signal())).rejects.toThrow(/Retry-After 3600 s/);
  });

  it('times out a request that does not answer', async () => {
    routes.set('/hang', () => {});
    const http = session({ timeoutMs: 50, retryDelaysMs: [1] });
    await expect(http.get('/hang', signal())).rejects.toThrow('/hang: no answer within 50 ms (2 attempts)');
  });

  it('refuses a body larger than the cap, with or without Content-Length', async () => {
    routes.set('/big', page('x'.repeat(2000)));
    routes.set('/big-chunked', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    const http = session({ maxBytes: 1000 });
    await expect(http.get('/big', signal())).rejects.toThrow(/larger than 1000 bytes/);
    await expect(http.get('/big-chunked', signal())).rejects.toThrow(PortalStructureError);
  });

  it('stops at once when the signal fires, also while waiting to retry', async () => {
    routes.set('/hang', () => {});
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    await expect(session().get('/hang', controller.signal)).rejects.toThrow(AbortedError);
    routes.set('/down', page('down', 503));
    const waiting = new AbortController();
    setTimeout(() => waiting.abort(), 50);
    await expect(session({ retryDelaysMs: [10_000] }).get('/down', waiting.signal)).rejects.toThrow(
      AbortedError,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('HttpSession re-login', () => {
  /** A portal whose pages need cookie S=fresh and send everything else to /login. */
  const guarded: Handler = (req, res) => {
    if (req.headers.cookie === 'S=fresh') page(`<html>${req.url}</html>`)(req, res);
    else redirect('/login')(req, res);
  };

  it('logs in again once for the requests that found the session expired, and sends them again', async () => {
    routes.set('/p', guarded);
    const relogin = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return [{ name: 'S', value: 'fresh' }];
    });
    const http = session({ relogin });
    http.setCookies([{ name: 'S', value: 'expired' }]);
    const pages = await Promise.all([1, 2, 3].map((n) => http.get(`/p?n=${n}`, signal())));
    expect(pages.map((p) => p.html)).toEqual([
      '<html>/p?n=1</html>',
      '<html>/p?n=2</html>',
      '<html>/p?n=3</html>',
    ]);
    expect(relogin).toHaveBeenCalledTimes(1);
  });

  it('fails with LoginFailedError when logging in again fails or does not help', async () => {
    routes.set('/p', guarded);
    const broken = session({
      relogin: async () => {
        throw new Error('boom');
      },
    });
    await expect(broken.get('/p', signal())).rejects.toThrow('login failed: logging in again failed: boom');
    const useless = session({ relogin: async () => [{ name: 'S', value: 'still-wrong' }] });
    await expect(useless.get('/p', signal())).rejects.toThrow(LoginFailedError);
    const rejected = session({
      relogin: async () => {
        throw new LoginFailedError('the portal rejected the credentials');
      },
    });
    await expect(rejected.get('/p', signal())).rejects.toThrow(
      'login failed: the portal rejected the credentials',
    );
  });
});

describe('HttpSession.fetchPage', () => {
  it('fetches a page again when the reader finds it incomplete, telling it about the last attempt', async () => {
    routes.set('/cut', sequence(page('<html><body>ha'), page('<html><body>half')));
    const seen: boolean[] = [];
    const read = (html: string, lastAttempt: boolean) => {
      seen.push(lastAttempt);
      if (!html.endsWith('</html>')) throw new TransientPageError('the page is cut off');
      return html;
    };
    const http = session({ retryDelaysMs: [1, 1] });
    await expect(http.fetchPage('/cut', signal(), (p, c) => read(p.html, c.lastAttempt))).rejects.toThrow(
      'portal unavailable: /cut: the page is cut off (3 attempts)',
    );
    expect(seen).toEqual([false, false, true]);
    routes.set('/cut-once', sequence(page('<html><body>ha'), page('<html>whole</html>')));
    expect(await http.fetchPage('/cut-once', signal(), (p, c) => read(p.html, c.lastAttempt))).toBe(
      '<html>whole</html>',
    );
  });
});

describe('HttpSession with a throttle', () => {
  it('takes a turn before every attempt and hands 429s to the throttle instead of sleeping alone', async () => {
    const turns: string[] = [];
    const waits: number[] = [];
    const throttle = {
      acquire: async () => turns.push('turn'),
      rateLimited: async (waitMs: number) => void waits.push(waitMs),
    };
    const limited = page('slow down', 429, { 'retry-after': '7' });
    routes.set('/paced', sequence(limited, page('down', 503), page('<html>ok</html>')));
    const http = session({ throttle });
    expect((await http.get('/paced', signal())).html).toBe('<html>ok</html>');
    expect(turns).toHaveLength(3);
    expect(waits).toEqual([7000]);
  });
});

describe('failure evidence', () => {
  it('keeps the HTML the portal answered when a page fails after its retries', async () => {
    routes.set('/down', page('<html><h1>Servicio no disponible</h1></html>', 503));
    const error = await session()
      .get('/down', signal())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalUnavailableError);
    expect((error as PortalUnavailableError).evidence).toEqual({
      url: `${base}/down`,
      html: '<html><h1>Servicio no disponible</h1></html>',
    });
  });

  it('keeps the page a reader rejected', async () => {
    routes.set('/changed', page('<html><p>nuevo diseño</p></html>'));
    const error = await session()
      .fetchPage('/changed', signal(), () => {
        throw new PortalStructureError('no product table');
      })
      .catch((e: unknown) => e);
    expect((error as PortalStructureError).evidence?.html).toBe('<html><p>nuevo diseño</p></html>');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('2015-10-21T07:28:00Z'))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
