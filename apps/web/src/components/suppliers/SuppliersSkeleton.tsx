'use client';

import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';

/** Roughly the shape of the suppliers page, shown while the list loads. */
export function SuppliersSkeleton() {
  const t = useT();
  return (
    <div className="space-y-6" aria-busy="true">
      <span className="sr-only">{t('common.loading')}</span>
      <div className="flex gap-4 border-b border-slate-200 pb-3">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-5 w-24" />
      </div>
      <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <Skeleton className="h-6 w-48" />
        <Skeleton className="mt-3 h-4 w-72 max-w-full" />
        <Skeleton className="mt-8 h-10 w-full" />
      </div>
      <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <Skeleton className="h-5 w-40" />
        <Skeleton className="mt-6 h-2.5 w-full" />
      </div>
    </div>
  );
}
