import { cookies } from 'next/headers';
import { createTranslator, DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './messages';

/** The locale chosen with the language switch (cookie `syncar-locale`), else Spanish (Chile). */
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function getTranslator() {
  return createTranslator(await getLocale());
}
