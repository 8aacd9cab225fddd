'use client';

import { useState } from 'react';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { NO_AUDIT_FILTERS, useAuditLog } from '@/hooks/useAuditLog';
import { useT } from '@/hooks/useI18n';
import { errorMessage, isForbidden } from '@/lib/errors';
import { AuditFiltersForm } from './AuditFiltersForm';
import { AuditRow } from './AuditRow';

const COLUMNS = [
  'audit.col.at',
  'audit.col.actor',
  'audit.col.action',
  'audit.col.target',
  'audit.col.ip',
] as const;

/** The audit log, filtered by action prefix and days, newest first; "Cargar más" reads the next page. */
export function AuditView() {
  const t = useT();
  const [filters, setFilters] = useState(NO_AUDIT_FILTERS);
  const audit = useAuditLog(filters);
  const entries = audit.data?.pages.flatMap((page) => page.items);

  if (isForbidden(audit.error)) return <AccessDenied message={errorMessage(audit.error)} />;

  return (
    <div className="space-y-6">
      <Panel className="p-5">
        <AuditFiltersForm onApply={setFilters} />
      </Panel>
      <Panel data-testid="audit-log" aria-busy={audit.isFetching} className="overflow-hidden">
        {audit.isError && (
          <div className="p-5">
            <Alert data-testid="audit-error">
              {t('audit.loadError', { message: errorMessage(audit.error) })}
            </Alert>
          </div>
        )}
        {!entries && !audit.isError && (
          <div className="space-y-4 px-5 py-4">
            <span className="sr-only">{t('common.loading')}</span>
            <Skeleton className="h-5 w-full" />
            <Skeleton className="h-5 w-full" />
            <Skeleton className="h-5 w-3/4" />
          </div>
        )}
        {entries?.length === 0 && (
          <p data-testid="audit-empty" className="px-5 py-10 text-center text-sm text-slate-500">
            {t('audit.empty')}
          </p>
        )}
        {entries && entries.length > 0 && (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">{t('audit.caption')}</caption>
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
                {entries.map((entry) => (
                  <AuditRow key={entry.id} entry={entry} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {audit.hasNextPage && (
          <div className="border-t border-slate-200 px-5 py-3 text-center">
            <Button
              variant="secondary"
              data-testid="audit-load-more"
              pending={audit.isFetchingNextPage}
              onClick={() => void audit.fetchNextPage()}
            >
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </Panel>
    </div>
  );
}
