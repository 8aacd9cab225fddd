'use server';

import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from './messages';

const ONE_YEAR_S = 60 * 60 * 24 * 365;

/** Remembers the language for a year. Called from a client component; Next re-renders the page afterwards. */
export async function setLocale(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR_S, sameSite: 'lax' });
}
