import { parseCookie, stringifySetCookie } from 'cookie';

export const ACCESS_COOKIE = 'syncar_at';
export const REFRESH_COOKIE = 'syncar_rt';

export interface CookieSettings {
  /** Secure outside local development (plain-http localhost). */
  secure: boolean;
}

export function readAuthCookies(header: string | undefined) {
  const cookies = parseCookie(header ?? '');
  return { accessToken: cookies[ACCESS_COOKIE], refreshToken: cookies[REFRESH_COOKIE] };
}

/** Both tokens travel only in httpOnly, SameSite=Strict cookies: never readable by page scripts. */
export function authCookies(
  settings: CookieSettings,
  tokens: { accessToken: string; accessTtlSeconds: number; refreshToken: string; refreshExpiresAt: Date },
): string[] {
  const base = { httpOnly: true, secure: settings.secure, sameSite: 'strict' as const, path: '/' };
  return [
    stringifySetCookie({
      name: ACCESS_COOKIE,
      value: tokens.accessToken,
      ...base,
      maxAge: tokens.accessTtlSeconds,
    }),
    stringifySetCookie({
      name: REFRESH_COOKIE,
      value: tokens.refreshToken,
      ...base,
      expires: tokens.refreshExpiresAt,
    }),
  ];
}

export function clearedAuthCookies(settings: CookieSettings): string[] {
  const base = { httpOnly: true, secure: settings.secure, sameSite: 'strict' as const, path: '/', maxAge: 0 };
  return [
    stringifySetCookie({ name: ACCESS_COOKIE, value: '', ...base }),
    stringifySetCookie({ name: REFRESH_COOKIE, value: '', ...base }),
  ];
}
