'use client';

import type { RunStatus } from '@syncar/contracts';
import { useFormat, useT } from '@/hooks/useI18n';

const FILL: Record<RunStatus, string> = {
  queued: 'bg-slate-400',
  running: 'bg-sky-500',
  succeeded: 'bg-emerald-500',
  failed: 'bg-red-500',
  cancelled: 'bg-amber-500',
};

interface RunProgressBarProps {
  percent: number;
  status: RunStatus;
  /** Spoken instead of the bare percentage, e.g. "2 de 3". */
  valueText?: string;
}

export function RunProgressBar({ percent, status, valueText }: RunProgressBarProps) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={t('run.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText}
        data-testid="run-progress"
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ease-out ${FILL[status]}`}
          style={{ width: `${percent}%` }}
        />
      </div>
      <span aria-hidden="true" className="w-11 text-right text-sm font-medium text-slate-700 tabular-nums">
        {format.percent(percent / 100)}
      </span>
    </div>
  );
}
