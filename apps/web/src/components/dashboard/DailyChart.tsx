'use client';

import type { DashboardSummary } from '@syncar/contracts';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { Panel } from '@/components/ui/Panel';
import { useFormat, useI18n } from '@/hooks/useI18n';
import { INTL_LOCALE } from '@/i18n/messages';

type Day = DashboardSummary['days'][number];
export type DayCount = Exclude<keyof Day, 'day'>;

export interface Series {
  key: DayCount;
  label: string;
  color: string;
}

/**
 * One bar per day of the last 30 (stacked when the series are parts of one whole), with each series' total
 * beside the title, readable without the chart.
 */
export function DailyChart({
  title,
  days,
  series,
  stacked = false,
  testId,
}: {
  title: string;
  days: readonly Day[];
  series: readonly Series[];
  stacked?: boolean;
  testId: string;
}) {
  const format = useFormat();
  const { locale } = useI18n();
  // Days are calendar dates: formatted in UTC so no time zone moves them.
  const dayLabel = useMemo(
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' }),
    [locale],
  );
  const label = (day: string) => dayLabel.format(new Date(`${day}T12:00:00Z`));
  const totals = series.map((s) => ({ ...s, total: days.reduce((sum, day) => sum + day[s.key], 0) }));
  return (
    <Panel data-testid={testId} className="p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        <dl className="flex flex-wrap gap-x-4 text-sm text-slate-600">
          {totals.map((s) => (
            <div key={s.key} className="flex items-center gap-1.5">
              <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: s.color }} />
              <dt>{s.label}:</dt>
              <dd data-testid={`${testId}-${s.key}`} className="font-semibold text-slate-900 tabular-nums">
                {format.number(s.total)}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <BarChart
        responsive
        data={[...days]}
        style={{ width: '100%', height: 240 }}
        margin={{ top: 16, right: 8 }}
      >
        <CartesianGrid stroke="#e2e8f0" vertical={false} />
        <XAxis
          dataKey="day"
          tickFormatter={label}
          tick={{ fontSize: 12, fill: '#64748b' }}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis
          allowDecimals={false}
          tickFormatter={(value: number) => format.number(value)}
          tick={{ fontSize: 12, fill: '#64748b' }}
          width={48}
        />
        <Tooltip
          labelFormatter={(day) => label(String(day))}
          formatter={(value) => format.number(Number(value))}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? 'day' : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Panel>
  );
}
