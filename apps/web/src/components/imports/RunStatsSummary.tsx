'use client';

import type { RunStats } from '@syncar/contracts';
import { useFormat, useT } from '@/hooks/useI18n';

const STATS = [
  'new',
  'updated',
  'unchanged',
  'missing',
  'failed',
] as const satisfies readonly (keyof RunStats)[];

const TONE: Record<(typeof STATS)[number], string> = {
  new: 'text-emerald-700',
  updated: 'text-sky-700',
  unchanged: 'text-slate-600',
  missing: 'text-amber-700',
  failed: 'text-red-700',
};

/** What a run changed: new, updated, unchanged, missing and failed products; "—" for a run without counts. */
export function RunStatsSummary({ stats }: { stats: RunStats | null }) {
  const t = useT();
  const format = useFormat();
  if (!stats) return <span className="text-slate-500">{t('common.none')}</span>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs whitespace-nowrap tabular-nums">
      {STATS.map((stat) => (
        <li
          key={stat}
          data-stat={stat}
          data-value={stats[stat]}
          className={stats[stat] > 0 ? TONE[stat] : 'text-slate-400'}
        >
          {t(`history.stats.${stat}`, { count: format.number(stats[stat]) })}
        </li>
      ))}
    </ul>
  );
}
