'use client';

import type { HistoryPoint } from '@syncar/contracts';
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat, useI18n, useT } from '@/hooks/useI18n';
import { INTL_LOCALE } from '@/i18n/messages';

interface ChartPoint {
  at: number;
  price: number | null;
  stock: number | null;
  /** false for the point that carries the last values up to now (drawn without a dot). */
  observed: boolean;
}

const PRICE_COLOR = '#0284c7';
const STOCK_COLOR = '#059669';

/** Price (left axis) and stock (right axis) as step lines from `from` to now; a dot is an observed change. */
export function PriceHistoryChart({ points, from }: { points: readonly HistoryPoint[]; from: Date }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useI18n();
  const day = useMemo(
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'short' }),
    [locale],
  );
  const now = Date.now();
  const data: ChartPoint[] = points.map((point) => ({
    at: point.at.getTime(),
    price: point.priceClp,
    stock: point.stock,
    observed: true,
  }));
  const last = data.at(-1);
  if (last && last.at < now) data.push({ ...last, at: now, observed: false });

  const dot = (color: string) =>
    function ObservedDot(props: { cx?: number; cy?: number; payload?: ChartPoint; index?: number }) {
      const { cx, cy, payload, index } = props;
      if (!payload?.observed || cx === undefined || cy === undefined) return <g key={`none-${index}`} />;
      return <circle key={`dot-${index}`} cx={cx} cy={cy} r={3.5} fill={color} className="history-point" />;
    };

  return (
    <LineChart
      responsive
      data={data}
      style={{ width: '100%', height: 280 }}
      margin={{ top: 8, right: 8, left: 8 }}
    >
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis
        dataKey="at"
        type="number"
        scale="time"
        domain={[from.getTime(), now]}
        tickFormatter={(value: number) => day.format(value)}
        tick={{ fontSize: 12, fill: '#64748b' }}
      />
      <YAxis
        yAxisId="price"
        tickFormatter={(value: number) => format.clp(value)}
        tick={{ fontSize: 12, fill: '#64748b' }}
        width={90}
      />
      <YAxis
        yAxisId="stock"
        orientation="right"
        allowDecimals={false}
        tickFormatter={(value: number) => format.number(value)}
        tick={{ fontSize: 12, fill: '#64748b' }}
        width={50}
      />
      <Tooltip
        labelFormatter={(value) => format.dateTime(new Date(Number(value)))}
        formatter={(value, name) =>
          name === t('product.history.price') ? format.clp(Number(value)) : format.number(Number(value))
        }
      />
      <Legend />
      <Line
        yAxisId="price"
        dataKey="price"
        name={t('product.history.price')}
        type="stepAfter"
        stroke={PRICE_COLOR}
        strokeWidth={2}
        dot={dot(PRICE_COLOR)}
        connectNulls
        isAnimationActive={false}
      />
      <Line
        yAxisId="stock"
        dataKey="stock"
        name={t('product.history.stock')}
        type="stepAfter"
        stroke={STOCK_COLOR}
        strokeWidth={2}
        dot={dot(STOCK_COLOR)}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
