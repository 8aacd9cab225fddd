'use client';

import { Alert } from '@/components/ui/Alert';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useLatestRun } from '@/hooks/useLatestRun';
import { errorMessage } from '@/lib/errors';
import { RunProgressPanel } from './RunProgressPanel';

/** The supplier's most recent import, live; or a note that there has been none. */
export function LatestRun({ supplierId }: { supplierId: string }) {
  const t = useT();
  const latest = useLatestRun(supplierId);

  if (latest.data) return <RunProgressPanel key={latest.data.id} run={latest.data} />;
  if (latest.data === null) {
    return (
      <p
        data-testid="run-none"
        className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-5 py-6 text-center text-sm text-slate-500"
      >
        {t('run.none')}
      </p>
    );
  }
  if (latest.isError) {
    return <Alert>{t('run.loadError', { message: errorMessage(latest.error) })}</Alert>;
  }
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-busy="true">
      <span className="sr-only">{t('common.loading')}</span>
      <Skeleton className="h-5 w-40" />
      <Skeleton className="mt-6 h-2.5 w-full" />
      <Skeleton className="mt-6 h-56 w-full sm:h-64" />
    </div>
  );
}
