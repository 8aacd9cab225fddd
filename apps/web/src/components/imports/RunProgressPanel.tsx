'use client';

import type { ImportRun, RunEvent } from '@syncar/contracts';
import { useMemo, useRef } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { useInvalidateRunResults } from '@/hooks/useInvalidateRunResults';
import { useRunEvents } from '@/hooks/useRunEvents';
import { deriveRunView, isFinalEvent, isFinalStatus } from '@/lib/run-state';
import { LiveIndicator } from './LiveIndicator';
import { RunEventLog } from './RunEventLog';
import { RunProgressBar } from './RunProgressBar';
import { RunStatusBadge } from './RunStatusBadge';
import { stepLabel } from './stepLabel';

/**
 * Live view of one run: status, step, counts, progress bar, failure reason and the event log. Render it with
 * `key={run.id}` so a new run starts from a clean slate.
 */
export function RunProgressPanel({ run }: { run: ImportRun }) {
  const t = useT();
  const format = useFormat();
  const invalidateResults = useInvalidateRunResults();
  // A run that was already over when the panel opened changed nothing since the page loaded.
  const finished = useRef(isFinalStatus(run.status));

  const onEvent = (event: RunEvent) => {
    if (finished.current || !isFinalEvent(event)) return;
    finished.current = true;
    void invalidateResults();
  };
  const { events, status: connection, error } = useRunEvents(run.id, onEvent);
  const view = useMemo(() => deriveRunView(run, events), [run, events]);

  const counts =
    view.total === null
      ? format.number(view.done)
      : t('run.counts', { done: format.number(view.done), total: format.number(view.total) });
  const showReason = view.reason && (view.status === 'failed' || view.status === 'cancelled');

  return (
    <section
      data-testid="run-panel"
      data-run-id={run.id}
      aria-labelledby="run-panel-title"
      className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
    >
      <header className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b border-slate-200 px-5 py-4">
        <div className="min-w-0">
          <h3 id="run-panel-title" className="text-base font-semibold text-slate-900">
            {t('run.title')}
          </h3>
          <p className="text-xs text-slate-500">
            {t('run.createdAt', { date: format.dateTime(run.createdAt) })}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <LiveIndicator status={connection} error={error} finished={isFinalStatus(view.status)} />
          <RunStatusBadge status={view.status} />
        </div>
      </header>

      <div className="space-y-5 px-5 py-5">
        <dl className="grid grid-cols-1 gap-4 text-sm sm:grid-cols-2">
          <div className="min-w-0">
            <dt className="text-xs font-medium text-slate-500">{t('run.step')}</dt>
            <dd data-testid="run-step" className="truncate font-medium text-slate-900">
              {view.step ? stepLabel(view.step, t) : t('common.none')}
            </dd>
          </div>
          <div>
            <dt className="text-xs font-medium text-slate-500">{t('run.items')}</dt>
            <dd data-testid="run-counts" className="font-medium text-slate-900 tabular-nums">
              {counts}
            </dd>
          </div>
        </dl>

        <RunProgressBar percent={view.percent} status={view.status} valueText={counts} />

        {showReason && (
          <p
            data-testid="run-reason"
            className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm break-words text-red-900"
          >
            <span className="font-semibold">{t('run.reason')}:</span> {view.reason}
          </p>
        )}

        <RunEventLog events={events} />
      </div>
    </section>
  );
}
