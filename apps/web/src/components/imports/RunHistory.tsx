'use client';

import { Fragment, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useRunHistory } from '@/hooks/useRunHistory';
import { errorMessage } from '@/lib/errors';
import { RunHistoryLog } from './RunHistoryLog';
import { RUN_HISTORY_COLUMNS, RunHistoryRow } from './RunHistoryRow';

/** The supplier's last imports, newest first; a click on one shows its event log below it. */
export function RunHistory({ supplierId, supplierName }: { supplierId: string; supplierName: string }) {
  const t = useT();
  const history = useRunHistory(supplierId);
  const runs = history.data?.items;
  const [openId, setOpenId] = useState<string | null>(null);

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
                {RUN_HISTORY_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-5 py-2.5 whitespace-nowrap">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {runs.map((run) => (
                <Fragment key={run.id}>
                  <RunHistoryRow run={run} open={run.id === openId} onOpen={setOpenId} />
                  {run.id === openId && (
                    <tr data-testid="run-history-log-row" className="bg-slate-50">
                      <td colSpan={RUN_HISTORY_COLUMNS.length} className="px-5 py-4">
                        <RunHistoryLog run={run} onClose={() => setOpenId(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
