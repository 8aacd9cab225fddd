'use client';

import Link from 'next/link';
import { useT } from '@/hooks/useI18n';

export function Brand() {
  const t = useT();
  return (
    <Link
      href="/"
      className="flex items-center gap-3 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-sky-400 md:px-2"
    >
      <span
        aria-hidden="true"
        className="grid size-8 place-items-center rounded-lg bg-sky-500 text-sm font-black text-white"
      >
        S
      </span>
      <span className="flex flex-col leading-tight">
        <span className="text-base font-bold tracking-widest text-white">{t('app.name')}</span>
        <span className="hidden text-xs text-slate-400 md:block">{t('app.tagline')}</span>
      </span>
    </Link>
  );
}
