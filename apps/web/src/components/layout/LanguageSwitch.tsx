'use client';

import { useTransition } from 'react';
import { useI18n } from '@/hooks/useI18n';
import { setLocale } from '@/i18n/actions';
import { LOCALE_SHORT_LABEL, LOCALES } from '@/i18n/messages';

/** ES / EN. The choice is stored in a cookie by a server action, which re-renders the page in that language. */
export function LanguageSwitch({ className = '' }: { className?: string }) {
  const { locale, t } = useI18n();
  const [pending, startTransition] = useTransition();
  return (
    <fieldset
      aria-busy={pending}
      className={`flex w-fit items-center gap-0.5 rounded-lg bg-slate-800 p-0.5 ${className}`}
    >
      <legend className="sr-only">{t('locale.label')}</legend>
      {LOCALES.map((option) => {
        const current = option === locale;
        return (
          <button
            key={option}
            type="button"
            lang={option}
            data-testid={`locale-${option}`}
            aria-pressed={current}
            title={t(`locale.${option}`)}
            disabled={pending}
            onClick={() => {
              if (!current) startTransition(() => setLocale(option));
            }}
            className={`min-w-10 rounded-md px-2.5 py-1 text-xs font-semibold tracking-wide transition-colors focus-visible:outline-2 focus-visible:outline-sky-400 disabled:cursor-wait ${
              current ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-300 hover:text-white'
            }`}
          >
            {LOCALE_SHORT_LABEL[option]}
          </button>
        );
      })}
    </fieldset>
  );
}
