'use client';

import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';

/** A page-shaped placeholder while the session is being checked. */
export function SessionSkeleton() {
  const t = useT();
  return (
    <div data-testid="session-loading" aria-busy="true" className="space-y-6">
      <span className="sr-only">{t('session.loading')}</span>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-80 max-w-full" />
      <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="mt-6 h-4 w-full" />
        <Skeleton className="mt-3 h-4 w-5/6" />
        <Skeleton className="mt-3 h-4 w-2/3" />
      </div>
    </div>
  );
}
