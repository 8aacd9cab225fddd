'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useFormat, useT } from '@/hooks/useI18n';
import { useProductHistory } from '@/hooks/useProductHistory';
import { errorMessage } from '@/lib/errors';
import { PriceHistoryChart } from './PriceHistoryChart';

const RANGES = [30, 90, 365] as const;

/** The price and stock history chart, over a range the user picks, with the same data as a table for screen readers. */
export function PriceHistory({ productId }: { productId: string }) {
  const t = useT();
  const format = useFormat();
  const [days, setDays] = useState<(typeof RANGES)[number]>(90);
  const history = useProductHistory(productId, days);
  const from = new Date(Date.now() - days * 86_400_000);

  return (
    <Panel data-testid="price-history" aria-labelledby="price-history-title" className="p-5">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h2 id="price-history-title" className="text-base font-semibold">
          {t('product.history.title')}
        </h2>
        <fieldset className="flex gap-1">
          <legend className="sr-only">{t('product.history.range')}</legend>
          {RANGES.map((range) => (
            <button
              key={range}
              type="button"
              data-testid={`history-range-${range}`}
              aria-pressed={range === days}
              onClick={() => setDays(range)}
              className="rounded-md px-2.5 py-1 text-xs font-semibold text-slate-600 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 aria-pressed:bg-sky-600 aria-pressed:text-white aria-pressed:ring-sky-600"
            >
              {t('product.history.days', { days: range })}
            </button>
          ))}
        </fieldset>
      </div>
      {history.data === undefined && history.isError && (
        <Alert>{t('product.history.loadError', { message: errorMessage(history.error) })}</Alert>
      )}
      {history.data === undefined && !history.isError && <Skeleton className="h-70 w-full" />}
      {history.data?.length === 0 && (
        <p className="py-10 text-center text-sm text-slate-500">{t('product.history.empty')}</p>
      )}
      {history.data && history.data.length > 0 && (
        <>
          <div data-testid="history-chart" aria-hidden="true">
            <PriceHistoryChart points={history.data} from={from} />
          </div>
          <table className="sr-only">
            <caption>{t('product.history.caption', { days })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('product.history.date')}</th>
                <th scope="col">{t('product.history.price')}</th>
                <th scope="col">{t('product.history.stock')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((point) => (
                <tr key={point.at.getTime()}>
                  <td>{format.dateTime(point.at)}</td>
                  <td>{point.priceClp === null ? t('common.none') : format.clp(point.priceClp)}</td>
                  <td>{point.stock === null ? t('common.none') : format.number(point.stock)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Panel>
  );
}
