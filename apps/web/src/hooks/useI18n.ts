'use client';

import { useContext } from 'react';
import { I18nContext, type I18nContextValue } from '@/i18n/I18nProvider';

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() must be used inside <I18nProvider>');
  return value;
}

/** `t(key, params)` for the current locale. */
export const useT = () => useI18n().t;

/** Intl number, currency and date formatting for the current locale. */
export const useFormat = () => useI18n().format;
