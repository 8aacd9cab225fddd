'use client';

import type { ImportRun, RunStatus } from '@syncar/contracts';
import Link from 'next/link';
import { useMemo } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { useInvalidateRunResults } from '@/hooks/useInvalidateRunResults';
import { useRunEnded } from '@/hooks/useRunEnded';
import { useRunEvents } from '@/hooks/useRunEvents';
import { SUPPLIER_PARAM } from '@/hooks/useSelectedSupplier';
import { deriveRunView } from '@/lib/run-state';

const DOT: Record<RunStatus, string> = {
  queued: 'bg-slate-400',
  running: 'bg-sky-400 animate-pulse',
  succeeded: 'bg-emerald-400',
  failed: 'bg-red-400',
  cancelled: 'bg-amber-400',
};

const FILL: Record<RunStatus, string> = {
  queued: 'bg-slate-500',
  running: 'bg-sky-400',
  succeeded: 'bg-emerald-400',
  failed: 'bg-red-400',
  cancelled: 'bg-amber-400',
};

interface RunPillProps {
  run: ImportRun;
  /** Its events say the run ended: the pill shows how for a moment, then goes. */
  onEnded: (runId: string) => void;
}

/** A run under way, minimised: supplier, kind and live percentage; it leads to the supplier's tab. */
export function RunPill({ run, onEnded }: RunPillProps) {
  const t = useT();
  const format = useFormat();
  const invalidateResults = useInvalidateRunResults();
  const { events } = useRunEvents(run.id);
  const view = useMemo(() => deriveRunView(run, events), [run, events]);
  useRunEnded(run.status, view.status, () => {
    onEnded(run.id);
    void invalidateResults();
  });
  const kind = t(`imports.kind.${run.kind}`);

  return (
    <Link
      href={`/suppliers?${new URLSearchParams({ [SUPPLIER_PARAM]: run.supplierId })}`}
      data-testid="run-pill"
      data-run-id={run.id}
      data-supplier-id={run.supplierId}
      data-kind={run.kind}
      data-status={view.status}
      data-percent={view.percent}
      title={t('activeRuns.open', { supplier: run.supplierName, kind })}
      className="relative block overflow-hidden rounded-lg bg-slate-800 px-3 pt-1.5 pb-2 text-xs text-slate-200 ring-1 ring-slate-700 transition-colors hover:bg-slate-700 hover:text-white focus-visible:outline-2 focus-visible:outline-sky-400"
    >
      <span className="flex items-center gap-2">
        <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${DOT[view.status]}`} />
        <span className="min-w-0 flex-1 truncate font-medium">{run.supplierName}</span>
        <span data-testid="run-pill-percent" className="shrink-0 font-semibold tabular-nums">
          {format.percent(view.percent / 100)}
        </span>
      </span>
      <span className="mt-0.5 block pl-4 text-slate-400">{kind}</span>
      <span
        aria-hidden="true"
        className={`absolute bottom-0 left-0 h-0.5 transition-[width] duration-500 ease-out ${FILL[view.status]}`}
        style={{ width: `${view.percent}%` }}
      />
    </Link>
  );
}
