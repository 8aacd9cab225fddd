'use client';

import type { ImportRun } from '@syncar/contracts';
import { useMemo } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Badge } from '@/components/ui/Badge';
import { useCancelRun } from '@/hooks/useCancelRun';
import { useFormat, useT } from '@/hooks/useI18n';
import { useInvalidateRunResults } from '@/hooks/useInvalidateRunResults';
import { useCan } from '@/hooks/useMe';
import { useRunEnded } from '@/hooks/useRunEnded';
import { useRunEvents } from '@/hooks/useRunEvents';
import { errorMessage } from '@/lib/errors';
import { deriveRunView, isFinalStatus } from '@/lib/run-state';
import { CancelRunButton } from './CancelRunButton';
import { LiveIndicator } from './LiveIndicator';
import { RunEventLog } from './RunEventLog';
import { RunFacts } from './RunFacts';
import { RunProgressBar } from './RunProgressBar';
import { RunStatusBadge } from './RunStatusBadge';

/**
 * Live view of one run: kind, status, step, counts, progress bar, failure or cancellation reason and the event
 * log; for a products run also the category being walked, the pace and the time left. Roles that may cancel
 * imports can stop it while it is queued or running. Render it with `key={run.id}` so a new run starts from a
 * clean slate.
 */
export function RunProgressPanel({ run }: { run: ImportRun }) {
  const t = useT();
  const format = useFormat();
  const can = useCan();
  const invalidateResults = useInvalidateRunResults();
  const cancel = useCancelRun();
  const { events, status: connection, error } = useRunEvents(run.id);
  const view = useMemo(() => deriveRunView(run, events), [run, events]);
  useRunEnded(run.status, view.status, () => void invalidateResults());

  const finished = isFinalStatus(view.status);
  const counts =
    view.total === null
      ? format.number(view.done)
      : t('run.counts', { done: format.number(view.done), total: format.number(view.total) });
  const showReason = view.reason && (view.status === 'failed' || view.status === 'cancelled');

  return (
    <section
      data-testid="run-panel"
      data-run-id={run.id}
      data-kind={run.kind}
      aria-labelledby="run-panel-title"
      className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
    >
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-5 py-4">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id="run-panel-title" className="text-base font-semibold text-slate-900">
              {t('run.title')}
            </h3>
            <Badge data-testid="run-kind" data-kind={run.kind}>
              {t(`imports.kind.${run.kind}`)}
            </Badge>
          </div>
          <p className="text-xs text-slate-500">
            {t('run.createdAt', { date: format.dateTime(run.createdAt) })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <LiveIndicator status={connection} error={error} finished={finished} />
          <RunStatusBadge status={view.status} />
          {can('imports:cancel') && !finished && (
            <CancelRunButton
              pending={cancel.isPending}
              requested={cancel.isSuccess}
              onClick={() => cancel.mutate({ runId: run.id })}
            />
          )}
        </div>
      </header>

      <div className="space-y-5 px-5 py-5">
        {cancel.error && (
          <Alert title={t('run.cancelErrorTitle')} onDismiss={cancel.reset} data-testid="run-cancel-error">
            {errorMessage(cancel.error)}
          </Alert>
        )}

        <RunFacts kind={run.kind} view={view} events={events} counts={counts} />

        {run.kind === 'products' && view.category && (
          <p data-testid="run-category" className="truncate text-sm font-medium text-slate-800">
            {t('run.category', { ...view.category })}
          </p>
        )}

        <RunProgressBar percent={view.percent} status={view.status} valueText={counts} />

        {showReason && (
          <p
            data-testid="run-reason"
            className={`rounded-lg border px-4 py-3 text-sm break-words ${
              view.status === 'cancelled'
                ? 'border-amber-200 bg-amber-50 text-amber-900'
                : 'border-red-200 bg-red-50 text-red-900'
            }`}
          >
            <span className="font-semibold">{t('run.reason')}:</span> {view.reason}
          </p>
        )}

        <RunEventLog events={events} />
      </div>
    </section>
  );
}
