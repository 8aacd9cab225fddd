'use client';

import { Spinner } from '@/components/ui/Spinner';
import { useT } from '@/hooks/useI18n';

interface ImportCategoriesButtonProps {
  pending: boolean;
  onClick: () => void;
}

export function ImportCategoriesButton({ pending, onClick }: ImportCategoriesButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      data-testid="import-categories"
      onClick={onClick}
      disabled={pending}
      aria-busy={pending}
      className="inline-flex shrink-0 items-center justify-center gap-2 rounded-lg bg-sky-600 px-4 py-2 text-sm font-semibold text-white shadow-sm transition-colors hover:bg-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? (
        <Spinner />
      ) : (
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
          <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
          <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
        </svg>
      )}
      {t('imports.startCategories')}
      {pending && <span className="sr-only">{t('imports.starting')}</span>}
    </button>
  );
}
