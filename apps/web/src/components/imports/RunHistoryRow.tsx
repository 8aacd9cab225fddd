'use client';

import type { ImportRun } from '@syncar/contracts';
import { useFormat, useT } from '@/hooks/useI18n';
import { durationText, elapsedMs } from '@/lib/duration';
import { RUN_HISTORY_LOG_ID } from './RunHistoryLog';
import { RunStatsSummary } from './RunStatsSummary';
import { RunStatusBadge } from './RunStatusBadge';

export const RUN_HISTORY_COLUMNS = [
  'history.col.createdAt',
  'history.col.kind',
  'history.col.status',
  'history.col.duration',
  'history.col.progress',
  'history.col.stats',
  'history.col.reason',
] as const;

const CELL = 'px-5 py-2.5';

interface RunHistoryRowProps {
  run: ImportRun;
  /** Its log is open below it. */
  open: boolean;
  onOpen: (runId: string) => void;
}

/** One past run; clicking it (or its date, from the keyboard) opens its event log. */
export function RunHistoryRow({ run, open, onOpen }: RunHistoryRowProps) {
  const t = useT();
  const format = useFormat();
  const progress =
    run.progressTotal === null
      ? format.number(run.progressDone)
      : t('run.counts', { done: format.number(run.progressDone), total: format.number(run.progressTotal) });
  const elapsed = elapsedMs(run.startedAt, run.finishedAt);
  const duration = elapsed === null ? null : durationText(elapsed);

  return (
    <tr
      data-testid="run-history-row"
      data-run-id={run.id}
      data-status={run.status}
      data-kind={run.kind}
      data-open={open}
      onClick={() => onOpen(run.id)}
      className={`cursor-pointer align-top ${open ? 'bg-sky-50/70' : 'hover:bg-slate-50'}`}
    >
      <td className={`${CELL} whitespace-nowrap`}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={open ? RUN_HISTORY_LOG_ID : undefined}
          title={t('history.showLog')}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(run.id);
          }}
          className="rounded text-left text-slate-700 underline-offset-2 hover:text-sky-700 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {format.dateTime(run.createdAt)}
          <span className="sr-only"> ({t('history.showLog')})</span>
        </button>
      </td>
      <td data-testid="run-history-kind" className={`${CELL} whitespace-nowrap text-slate-700`}>
        {t(`imports.kind.${run.kind}`)}
      </td>
      <td className={CELL}>
        <RunStatusBadge status={run.status} testId="run-history-status" />
      </td>
      <td
        data-testid="run-history-duration"
        title={
          run.finishedAt ? t('history.finishedAt', { date: format.dateTime(run.finishedAt) }) : undefined
        }
        className={`${CELL} whitespace-nowrap text-slate-700 tabular-nums`}
      >
        {duration ? t(duration.key, duration.params) : t('common.none')}
      </td>
      <td className={`${CELL} whitespace-nowrap text-slate-700 tabular-nums`}>{progress}</td>
      <td data-testid="run-history-stats" className={CELL}>
        <RunStatsSummary stats={run.stats} />
      </td>
      <td className={`${CELL} max-w-sm break-words text-slate-600`}>{run.reason ?? t('common.none')}</td>
    </tr>
  );
}
