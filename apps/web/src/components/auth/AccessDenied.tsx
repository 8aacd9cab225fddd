'use client';

import Link from 'next/link';
import { useT } from '@/hooks/useI18n';

/** Shown instead of a page the user's role may not see; `message` is the server's refusal, if there was one. */
export function AccessDenied({ message }: { message?: string }) {
  const t = useT();
  return (
    <section
      data-testid="access-denied"
      aria-labelledby="access-denied-title"
      className="mx-auto max-w-lg rounded-xl bg-white px-6 py-10 text-center shadow-sm ring-1 ring-slate-200"
    >
      <span
        aria-hidden="true"
        className="mx-auto grid size-12 place-items-center rounded-full bg-amber-100 text-amber-700"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.75}
          className="size-6"
        >
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V7a4 4 0 0 1 8 0v4" strokeLinecap="round" />
        </svg>
      </span>
      <h1 id="access-denied-title" className="mt-4 text-xl font-semibold text-slate-900">
        {t('denied.title')}
      </h1>
      <p className="mt-2 text-sm text-slate-600">{t('denied.body')}</p>
      {message && (
        <p data-testid="access-denied-message" className="mt-3 text-sm font-medium text-slate-800">
          {message}
        </p>
      )}
      <Link
        href="/"
        data-testid="access-denied-home"
        className="mt-6 inline-flex rounded-lg bg-sky-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-sky-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
      >
        {t('denied.home')}
      </Link>
    </section>
  );
}
