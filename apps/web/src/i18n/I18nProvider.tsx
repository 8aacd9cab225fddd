'use client';

import { createContext, type ReactNode, useMemo } from 'react';
import { createFormatter, type Formatter } from './format';
import { createTranslator, type Locale, type Translate } from './messages';

export interface I18nContextValue {
  locale: Locale;
  t: Translate;
  format: Formatter;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(
    () => ({ locale, t: createTranslator(locale), format: createFormatter(locale) }),
    [locale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
