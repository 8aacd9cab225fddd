'use client';

import type { ImportKind, RunEvent } from '@syncar/contracts';
import { type ReactNode, useMemo } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { durationText } from '@/lib/duration';
import { roundRate, runPace } from '@/lib/run-rate';
import { isFinalStatus, type RunView } from '@/lib/run-state';
import { stepLabel } from './stepLabel';

function Fact({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd data-testid={testId} className="font-medium break-words text-slate-900 tabular-nums">
        {children}
      </dd>
    </div>
  );
}

interface RunFactsProps {
  kind: ImportKind;
  view: RunView;
  events: readonly RunEvent[];
  /** "done of total", as the progress bar speaks it. */
  counts: string;
}

/**
 * Step and counts of a run; for a products run also its pace (items a minute over the last minute, and the time
 * left at that pace) and how many warnings and errors it logged.
 */
export function RunFacts({ kind, view, events, counts }: RunFactsProps) {
  const t = useT();
  const format = useFormat();
  const products = kind === 'products';
  const pace = useMemo(() => runPace(events, view.done, view.total), [events, view.done, view.total]);
  const eta = pace.etaMs !== null && !isFinalStatus(view.status) ? durationText(pace.etaMs) : null;

  return (
    <dl
      className={`grid grid-cols-2 gap-4 text-sm ${products ? 'sm:grid-cols-3 lg:grid-cols-6' : 'sm:grid-cols-4'}`}
    >
      <Fact label={t('run.step')} testId="run-step">
        {view.step ? stepLabel(view.step, t) : t('common.none')}
      </Fact>
      <Fact label={products ? t('run.products') : t('run.items')} testId="run-counts">
        {counts}
      </Fact>
      {products && (
        <>
          <Fact label={t('run.rate')} testId="run-rate">
            {pace.perMinute === null
              ? t('common.none')
              : t('run.rateValue', { rate: format.number(roundRate(pace.perMinute)) })}
          </Fact>
          <Fact label={t('run.eta')} testId="run-eta">
            {eta ? t('run.etaValue', { duration: t(eta.key, eta.params) }) : t('common.none')}
          </Fact>
        </>
      )}
      <Fact label={t('run.warnings')} testId="run-warnings">
        <span className={view.warnings > 0 ? 'text-amber-700' : undefined}>
          {format.number(view.warnings)}
        </span>
      </Fact>
      <Fact label={t('run.errors')} testId="run-errors">
        <span className={view.errors > 0 ? 'text-red-700' : undefined}>{format.number(view.errors)}</span>
      </Fact>
    </dl>
  );
}
