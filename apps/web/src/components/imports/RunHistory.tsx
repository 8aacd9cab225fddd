'use client';

import type { ImportRun } from '@syncar/contracts';
import { Alert } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useFormat, useT } from '@/hooks/useI18n';
import { useRunHistory } from '@/hooks/useRunHistory';
import { errorMessage } from '@/lib/errors';
import { RunStatusBadge } from './RunStatusBadge';

const COLUMNS = [
  'history.col.createdAt',
  'history.col.status',
  'history.col.progress',
  'history.col.finishedAt',
  'history.col.reason',
] as const;

function RunHistoryRow({ run }: { run: ImportRun }) {
  const t = useT();
  const format = useFormat();
  const progress =
    run.progressTotal === null
      ? format.number(run.progressDone)
      : t('run.counts', { done: format.number(run.progressDone), total: format.number(run.progressTotal) });
  return (
    <tr data-testid="run-history-row" data-run-id={run.id} data-status={run.status} className="align-top">
      <td className="px-5 py-2.5 whitespace-nowrap text-slate-700">{format.dateTime(run.createdAt)}</td>
      <td className="px-5 py-2.5">
        <RunStatusBadge status={run.status} testId="run-history-status" />
      </td>
      <td className="px-5 py-2.5 whitespace-nowrap text-slate-700 tabular-nums">{progress}</td>
      <td className="px-5 py-2.5 whitespace-nowrap text-slate-700">
        {run.finishedAt ? format.dateTime(run.finishedAt) : t('common.none')}
      </td>
      <td className="max-w-sm px-5 py-2.5 break-words text-slate-600">{run.reason ?? t('common.none')}</td>
    </tr>
  );
}

/** The supplier's last imports, newest first. */
export function RunHistory({ supplierId, supplierName }: { supplierId: string; supplierName: string }) {
  const t = useT();
  const history = useRunHistory(supplierId);
  const runs = history.data?.items;

  return (
    <Panel data-testid="run-history" aria-labelledby="run-history-title" className="overflow-hidden">
      <h3 id="run-history-title" className="border-b border-slate-200 px-5 py-4 text-base font-semibold">
        {t('history.title')}
      </h3>
      {runs === undefined && history.isError && (
        <div className="p-5">
          <Alert>{t('history.loadError', { message: errorMessage(history.error) })}</Alert>
        </div>
      )}
      {runs === undefined && !history.isError && (
        <div className="space-y-3 px-5 py-4" aria-busy="true">
          <span className="sr-only">{t('common.loading')}</span>
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </div>
      )}
      {runs?.length === 0 && <p className="px-5 py-6 text-sm text-slate-500">{t('history.empty')}</p>}
      {runs && runs.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('history.caption', { supplier: supplierName })}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-5 py-2.5">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {runs.map((run) => (
                <RunHistoryRow key={run.id} run={run} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
