/** A cookie as Playwright's `context.cookies()` returns it (only the fields the jar uses). */
export interface CookieInit {
  name: string;
  value: string;
  path?: string;
  /** Unix time in seconds; -1 or absent for a session cookie. */
  expires?: number;
  secure?: boolean;
}

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  /** Epoch milliseconds; Infinity for a session cookie. */
  expiresAt: number;
  secure: boolean;
}

const keyOf = (name: string, path: string) => `${name}\u0000${path}`;

/** RFC 6265 default-path: the request path up to its last '/'. */
function defaultPath(url: URL): string {
  const last = url.pathname.lastIndexOf('/');
  return last <= 0 ? '/' : url.pathname.slice(0, last);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

function domainMatches(host: string, domain: string): boolean {
  const bare = domain.replace(/^\./, '').toLowerCase();
  return host === bare || host.endsWith(`.${bare}`);
}

/**
 * The cookies of one portal. It only ever sees that origin's URLs, so it keeps cookies by name and path and
 * ignores Domain beyond refusing one that does not cover the host.
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  /** Drops every cookie and keeps these (a new login's). */
  replace(cookies: readonly CookieInit[]): void {
    this.cookies.clear();
    for (const cookie of cookies) {
      const path = cookie.path || '/';
      const expiresAt =
        cookie.expires === undefined || cookie.expires < 0 ? Number.POSITIVE_INFINITY : cookie.expires * 1000;
      this.cookies.set(keyOf(cookie.name, path), {
        name: cookie.name,
        value: cookie.value,
        path,
        expiresAt,
        secure: cookie.secure ?? false,
      });
    }
  }

  /** The cookies still valid at `now`, in the form `replace` takes (to save a session and restore it later). */
  list(now = Date.now()): CookieInit[] {
    return [...this.cookies.values()]
      .filter((cookie) => cookie.expiresAt > now)
      .map((cookie) => ({
        name: cookie.name,
        value: cookie.value,
        path: cookie.path,
        expires: Number.isFinite(cookie.expiresAt) ? Math.floor(cookie.expiresAt / 1000) : -1,
        secure: cookie.secure,
      }));
  }

  /** Applies the Set-Cookie headers of a response to a request for `url`. */
  store(setCookieHeaders: readonly string[], url: URL, now = Date.now()): void {
    for (const header of setCookieHeaders) {
      const cookie = parseSetCookie(header, url, now);
      if (!cookie) continue;
      const key = keyOf(cookie.name, cookie.path);
      if (cookie.expiresAt <= now) this.cookies.delete(key);
      else this.cookies.set(key, cookie);
    }
  }

  /** The Cookie header for a request to `url`, or undefined when no cookie applies. */
  header(url: URL, now = Date.now()): string | undefined {
    const applicable = [...this.cookies.values()]
      .filter(
        (cookie) =>
          cookie.expiresAt > now &&
          (!cookie.secure || url.protocol === 'https:') &&
          pathMatches(url.pathname, cookie.path),
      )
      .sort((a, b) => b.path.length - a.path.length);
    if (applicable.length === 0) return undefined;
    return applicable.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  }
}

function parseSetCookie(header: string, url: URL, now: number): StoredCookie | undefined {
  const [pair = '', ...attributes] = header.split(';');
  const separator = pair.indexOf('=');
  if (separator <= 0) return undefined;
  const cookie: StoredCookie = {
    name: pair.slice(0, separator).trim(),
    value: pair.slice(separator + 1).trim(),
    path: defaultPath(url),
    expiresAt: Number.POSITIVE_INFINITY,
    secure: false,
  };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const [rawName = '', ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'path' && value.startsWith('/')) cookie.path = value;
    else if (name === 'secure') cookie.secure = true;
    else if (name === 'domain' && value && !domainMatches(url.hostname, value)) return undefined;
    else if (name === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (name === 'expires') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) cookie.expiresAt = at;
    }
  }
  // Max-Age wins over Expires.
  if (maxAge !== undefined) cookie.expiresAt = maxAge <= 0 ? now : now + maxAge * 1000;
  return cookie;
}
