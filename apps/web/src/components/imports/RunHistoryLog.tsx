'use client';

import type { ImportRun } from '@syncar/contracts';
import { useMemo } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { useRunEvents } from '@/hooks/useRunEvents';
import { deriveRunView, isFinalStatus } from '@/lib/run-state';
import { LiveIndicator } from './LiveIndicator';
import { RunEventLog } from './RunEventLog';
import { RunEvidence } from './RunEvidence';
import { RunStatusBadge } from './RunStatusBadge';

export const RUN_HISTORY_LOG_ID = 'run-history-log';

/**
 * The event log of a past (or running) run. The subscription replays every event and, for a run that has ended,
 * ends there; for one still running it keeps streaming.
 */
export function RunHistoryLog({ run, onClose }: { run: ImportRun; onClose: () => void }) {
  const t = useT();
  const format = useFormat();
  const { events, status: connection, error } = useRunEvents(run.id);
  const view = useMemo(() => deriveRunView(run, events), [run, events]);
  return (
    <section
      id={RUN_HISTORY_LOG_ID}
      data-testid="run-history-log"
      data-run-id={run.id}
      aria-label={t('history.logTitle', { date: format.dateTime(run.createdAt) })}
      className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-slate-200"
    >
      <header className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-semibold text-slate-900">
          {t('history.logTitle', { date: format.dateTime(run.createdAt) })}
        </p>
        <div className="flex items-center gap-3">
          <LiveIndicator status={connection} error={error} finished={isFinalStatus(view.status)} />
          <RunStatusBadge status={view.status} testId="run-history-log-status" />
          <button
            type="button"
            data-testid="run-history-log-close"
            onClick={onClose}
            className="rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            {t('history.closeLog')}
          </button>
        </div>
      </header>
      <RunEventLog events={events} testId="run-history-log-events" />
      <RunEvidence runId={run.id} finished={isFinalStatus(view.status)} />
    </section>
  );
}
