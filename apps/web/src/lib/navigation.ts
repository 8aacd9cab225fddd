const LOGIN_PATH = '/login';
/** Where a user goes after signing in when nothing else was asked for. */
export const DEFAULT_AFTER_LOGIN = '/';
const BASE = 'http://syncar.invalid';

/**
 * A `?next=` target that stays on this site: a relative path starting with `/` (not `//`, no backslashes or
 * control characters, not the login page itself); anything else gives the default.
 */
export function safeNextPath(value: string | null | undefined, fallback = DEFAULT_AFTER_LOGIN): string {
  if (!value?.startsWith('/') || value.startsWith('//')) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE || url.pathname === LOGIN_PATH) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** The login page, coming back to `next` afterwards. */
export function loginHref(next?: string): string {
  if (!next || next === '/' || next.startsWith(LOGIN_PATH)) return LOGIN_PATH;
  return `${LOGIN_PATH}?next=${encodeURIComponent(next)}`;
}

export const isLoginPath = (pathname: string) => pathname === LOGIN_PATH;

/** The page the browser is on, path and query, e.g. `/suppliers?supplier=…`. */
export const currentLocation = () => `${window.location.pathname}${window.location.search}`;
