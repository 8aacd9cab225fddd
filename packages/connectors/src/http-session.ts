import { jitter, RETRY_DELAYS_MS, sleep } from './backoff';
import { type CookieInit, CookieJar } from './cookie-jar';
import {
  AbortedError,
  ConnectorError,
  LoginFailedError,
  PortalStructureError,
  PortalUnavailableError,
  throwIfAborted,
  withEvidence,
} from './errors';

/** A page as the portal served it, after redirects. */
export interface HttpPage {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  html: string;
}

/** A file (an image, say) as the portal served it, after redirects. */
export interface HttpFile {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  /** The Content-Type header as sent, if any. */
  contentType: string | null;
  bytes: Buffer;
}

/** What one GET accepts: the Accept header, the largest body, and whether the body is bytes rather than HTML. */
interface BodySpec {
  accept: string;
  maxBytes: number;
  binary: boolean;
}

/** A response read as a page (its html is empty for a binary body) and as a file. */
interface Received {
  page: HttpPage;
  file: HttpFile;
}

/**
 * Thrown by a `fetchPage` reader when the page came back incomplete (cut off, a landmark missing): the page
 * is fetched again like after a 5xx, and when no attempt is left the request fails with PortalUnavailableError.
 */
export class TransientPageError extends Error {
  override name = 'TransientPageError';
}

export interface ReadContext {
  /** No attempt follows this one: a reader that can report a page as it is, rather than retry, does so now. */
  lastAttempt: boolean;
}

export interface HttpSessionOptions {
  /** The portal's base URL: only its origin is ever fetched. */
  baseUrl: string;
  /**
   * Logs in again after the portal sent a request to its login page, and returns the new session's cookies.
   * Called at most once per request, and once for any number of requests that find the session expired together.
   */
  relogin: (signal: AbortSignal) => Promise<readonly CookieInit[]>;
  /** Where the portal sends requests without a valid session (default '/login'). */
  loginPath?: string;
  /** Per request, body included (default 15 s). */
  timeoutMs?: number;
  /** Largest response body accepted (default 5 MB). */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Waits between attempts after transient failures; their number + 1 is the attempts (default 300/900/2700 ms). */
  retryDelaysMs?: readonly number[];
  /** 429 answers waited out per request before giving up (default 10); they are not failed attempts. */
  maxRateLimitWaits?: number;
  /** A longer Retry-After fails the request instead of blocking the run (default 60 s). */
  maxRetryAfterMs?: number;
  /** Paces requests (shared by every worker sending to this portal) and learns of 429s. */
  throttle?: RequestThrottle;
}

/** Decides when each request may go out; told when the portal answered 429 so everyone slows down. */
export interface RequestThrottle {
  acquire(signal: AbortSignal): Promise<unknown>;
  rateLimited(waitMs: number): Promise<void>;
}

type Attempt =
  | { type: 'page'; received: Received }
  | { type: 'login' }
  | { type: 'rate-limited'; waitMs: number | undefined }
  | { type: 'transient'; reason: string; cause?: unknown; page?: HttpPage };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_RETRY_AFTER_MS = 1000;

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const describe = (url: URL) => `${url.pathname}${url.search}`;
const utf8 = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);

/**
 * HTTP access to one portal with the session a browser login left behind. Every request stays on the portal's
 * origin (redirects included), is bounded in time and size, and is retried on transient failures; a request
 * bounced to the login page logs in again (through `relogin`) and is sent once more.
 */
export class HttpSession {
  readonly origin: string;
  private readonly jar = new CookieJar();
  private readonly loginPath: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly retryDelays: readonly number[];
  private readonly maxRateLimitWaits: number;
  private readonly maxRetryAfterMs: number;
  /** Counts logins (cookie replacements): tells a bounced request whether one happened since it was sent. */
  private logins = 0;
  private relogging: Promise<void> | undefined;

  constructor(private readonly options: HttpSessionOptions) {
    this.origin = new URL(options.baseUrl).origin;
    this.loginPath = options.loginPath ?? '/login';
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
    this.maxRedirects = options.maxRedirects ?? 5;
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
    this.maxRateLimitWaits = options.maxRateLimitWaits ?? 10;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  }

  /** Replaces the session's cookies, e.g. with `browserContext.cookies(baseUrl)` after a login. */
  setCookies(cookies: readonly CookieInit[]): void {
    this.jar.replace(cookies);
    this.logins++;
  }

  /** An absolute URL on the portal; PortalStructureError for anything on another origin. */
  /** The session's current cookies, to keep it for a later run. */
  cookies(): CookieInit[] {
    return this.jar.list();
  }

  resolve(pathOrUrl: string | URL, base: string = this.origin): URL {
    let url: URL;
    try {
      url = new URL(pathOrUrl, base);
    } catch {
      throw new PortalStructureError(`"${String(pathOrUrl)}" is not a URL`);
    }
    if (url.origin !== this.origin) {
      throw new PortalStructureError(
        `refusing to fetch ${url.href}: it is not on the portal (${this.origin})`,
      );
    }
    url.hash = '';
    return url;
  }

  get(pathOrUrl: string | URL, signal: AbortSignal): Promise<HttpPage> {
    return this.fetchPage(pathOrUrl, signal, (page) => page);
  }

  /**
   * GETs a page and hands it to `read`, whose result it returns. 5xx answers, network errors, timeouts and a
   * TransientPageError from `read` are retried with backoff; 429 waits for Retry-After; other statuses are
   * `read`'s to judge.
   */
  fetchPage<T>(
    pathOrUrl: string | URL,
    signal: AbortSignal,
    read: (page: HttpPage, context: ReadContext) => T,
  ): Promise<T> {
    const spec = { accept: 'text/html,application/xhtml+xml', maxBytes: this.maxBytes, binary: false };
    return this.send(pathOrUrl, signal, spec, (received, context) => read(received.page, context));
  }

  /**
   * GETs a file (an image, say) of at most `maxBytes` with the session, and hands it to `read`, retrying and
   * logging in again like `fetchPage`. Every status but 5xx and 429 is `read`'s to judge.
   */
  fetchFile<T>(
    pathOrUrl: string | URL,
    signal: AbortSignal,
    options: { accept: string; maxBytes: number },
    read: (file: HttpFile, context: ReadContext) => T,
  ): Promise<T> {
    return this.send(pathOrUrl, signal, { ...options, binary: true }, (received, context) =>
      read(received.file, context),
    );
  }

  private async send<T>(
    pathOrUrl: string | URL,
    signal: AbortSignal,
    spec: BodySpec,
    read: (received: Received, context: ReadContext) => T,
  ): Promise<T> {
    const url = this.resolve(pathOrUrl);
    const maxAttempts = this.retryDelays.length + 1;
    let failures = 0;
    let rateLimitWaits = 0;
    let reloggedIn = false;
    for (;;) {
      throwIfAborted(signal);
      const logins = this.logins;
      await this.takeTurn(signal);
      const attempt = await this.attempt(url, signal, spec);
      let failure: { reason: string; cause?: unknown; page?: HttpPage };
      if (attempt.type === 'page') {
        const { page } = attempt.received;
        try {
          return read(attempt.received, { lastAttempt: failures + 1 >= maxAttempts });
        } catch (error) {
          if (!(error instanceof TransientPageError))
            throw withEvidence(error, { url: page.url, html: page.html });
          failure = { reason: error.message, cause: error, page };
        }
      } else if (attempt.type === 'login') {
        if (reloggedIn) {
          throw new LoginFailedError(
            `the portal still sent ${describe(url)} to its login page after logging in again`,
          );
        }
        await this.refreshLogin(logins, signal);
        reloggedIn = true;
        continue;
      } else if (attempt.type === 'rate-limited') {
        const waitMs = attempt.waitMs ?? DEFAULT_RETRY_AFTER_MS;
        if (++rateLimitWaits > this.maxRateLimitWaits || waitMs > this.maxRetryAfterMs) {
          throw new PortalUnavailableError(
            `${describe(url)} is rate limited (429, Retry-After ${Math.ceil(waitMs / 1000)} s, ${rateLimitWaits} times)`,
          );
        }
        if (this.options.throttle) await this.options.throttle.rateLimited(waitMs);
        else await sleep(waitMs, signal);
        continue;
      } else {
        failure = attempt;
      }
      failures++;
      const wait = this.retryDelays[failures - 1];
      if (wait === undefined) {
        const error = new PortalUnavailableError(
          `${describe(url)}: ${failure.reason} (${failures} attempts)`,
          { cause: failure.cause },
        );
        throw failure.page ? withEvidence(error, { url: failure.page.url, html: failure.page.html }) : error;
      }
      await sleep(jitter(wait), signal);
    }
  }

  private async takeTurn(signal: AbortSignal): Promise<void> {
    if (!this.options.throttle) return;
    try {
      await this.options.throttle.acquire(signal);
    } catch (error) {
      if (signal.aborted) throw new AbortedError();
      throw error;
    }
  }

  /** One login for all the requests that were bounced to the login page since login number `seen`. */
  private async refreshLogin(seen: number, signal: AbortSignal): Promise<void> {
    if (this.logins !== seen) return; // another request already logged in again
    if (!this.relogging) {
      const running = this.relogin(signal);
      this.relogging = running;
      const clear = () => {
        if (this.relogging === running) this.relogging = undefined;
      };
      running.then(clear, clear);
    }
    await this.relogging;
  }

  private async relogin(signal: AbortSignal): Promise<void> {
    let cookies: readonly CookieInit[];
    try {
      cookies = await this.options.relogin(signal);
    } catch (error) {
      if (error instanceof ConnectorError || error instanceof AbortedError) throw error;
      throw new LoginFailedError(
        `logging in again failed: ${error instanceof Error ? error.message : error}`,
      );
    }
    this.setCookies(cookies);
  }

  /** One request and its redirects. Throws only what retrying cannot fix (and AbortedError). */
  private async attempt(start: URL, signal: AbortSignal, spec: BodySpec): Promise<Attempt> {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      const timeout = AbortSignal.timeout(this.timeoutMs);
      const combined = AbortSignal.any([signal, timeout]);
      try {
        const cookie = this.jar.header(url);
        const response = await fetch(url, {
          redirect: 'manual',
          signal: combined,
          headers: { accept: spec.accept, ...(cookie ? { cookie } : {}) },
        });
        this.jar.store(response.headers.getSetCookie(), url);
        const { status } = response;
        if (REDIRECTS.has(status)) {
          await response.body?.cancel().catch(() => {});
          const location = response.headers.get('location');
          if (!location)
            throw new PortalStructureError(`${describe(url)} answered ${status} without a Location`);
          const next = this.resolveRedirect(location, url);
          if (next.pathname === this.loginPath && url.pathname !== this.loginPath) return { type: 'login' };
          if (redirects >= this.maxRedirects) {
            throw new PortalStructureError(
              `${describe(start)} redirected more than ${this.maxRedirects} times`,
            );
          }
          url = next;
          continue;
        }
        if (status === 429) {
          await response.body?.cancel().catch(() => {});
          return { type: 'rate-limited', waitMs: parseRetryAfter(response.headers.get('retry-after')) };
        }
        if (status >= 500) {
          const html = await this.readBody(response, url, combined, spec.maxBytes).then(utf8, () => '');
          return { type: 'transient', reason: `answered ${status}`, page: { status, url: url.href, html } };
        }
        const bytes = await this.readBody(response, url, combined, spec.maxBytes);
        const file = { status, url: url.href, contentType: response.headers.get('content-type'), bytes };
        return {
          type: 'page',
          received: { file, page: { status, url: url.href, html: spec.binary ? '' : utf8(bytes) } },
        };
      } catch (error) {
        if (signal.aborted) throw new AbortedError();
        if (error instanceof ConnectorError) throw error;
        if (timeout.aborted) return { type: 'transient', reason: `no answer within ${this.timeoutMs} ms` };
        const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        return {
          type: 'transient',
          reason: `network error (${cause instanceof Error ? cause.message : String(cause)})`,
          cause: error,
        };
      }
    }
  }

  private resolveRedirect(location: string, from: URL): URL {
    try {
      return this.resolve(location, from.href);
    } catch (error) {
      if (!(error instanceof PortalStructureError)) throw error;
      throw new PortalStructureError(
        `${describe(from)} redirected to ${location}, off the portal (${this.origin})`,
      );
    }
  }

  /** The body, refusing (and cutting off) one larger than `maxBytes`. */
  private async readBody(
    response: Response,
    url: URL,
    signal: AbortSignal,
    maxBytes: number,
  ): Promise<Buffer> {
    const tooLarge = () =>
      new PortalStructureError(`${describe(url)} is larger than ${maxBytes} bytes; refusing to read it`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge();
    }
    if (!response.body) return Buffer.alloc(0);
    const reader = response.body.getReader();
    // fetch aborts the body with its signal; cancelling here too makes sure no read outlives it.
    const onAbort = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', onAbort, { once: true });
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => {});
          throw tooLarge();
        }
        chunks.push(value);
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
    signal.throwIfAborted(); // a cancelled read ends as `done`: the body is not whole
    return Buffer.concat(chunks);
  }
}
