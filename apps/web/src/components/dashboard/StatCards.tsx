'use client';

import type { DashboardSummary } from '@syncar/contracts';
import { useFormat, useT } from '@/hooks/useI18n';
import type { MessageKey } from '@/i18n/messages';

const STATS: ReadonlyArray<[keyof DashboardSummary['totals'], MessageKey]> = [
  ['products', 'dashboard.stat.products'],
  ['inStock', 'dashboard.stat.inStock'],
  ['missing', 'dashboard.stat.missing'],
  ['suppliers', 'dashboard.stat.suppliers'],
];

export function StatCards({ totals }: { totals: DashboardSummary['totals'] }) {
  const t = useT();
  const format = useFormat();
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
      {STATS.map(([key, label]) => (
        <div key={key} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <dt className="text-sm text-slate-600">{t(label)}</dt>
          <dd
            data-testid={`dashboard-total-${key}`}
            className="mt-1 text-2xl font-bold text-slate-900 tabular-nums"
          >
            {format.number(totals[key])}
          </dd>
        </div>
      ))}
    </dl>
  );
}
