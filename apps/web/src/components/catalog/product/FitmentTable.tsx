'use client';

import type { Fitment } from '@syncar/contracts';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';

const COLUMNS = [
  'product.fitment.make',
  'product.fitment.model',
  'product.fitment.secondary',
  'product.fitment.years',
] as const;

/** The vehicles the part fits, as the supplier lists them. */
export function FitmentTable({ name, fitments }: { name: string; fitments: readonly Fitment[] }) {
  const t = useT();
  const years = ({ yearFrom, yearTo }: Fitment) => {
    if (yearFrom === null && yearTo === null) return t('common.none');
    if (yearTo === null) return t('product.fitment.from', { year: yearFrom! });
    if (yearFrom === null) return t('product.fitment.until', { year: yearTo });
    return yearFrom === yearTo ? String(yearFrom) : `${yearFrom}–${yearTo}`;
  };
  return (
    <Panel
      data-testid="product-fitments"
      aria-labelledby="product-fitments-title"
      className="overflow-hidden"
    >
      <h2 id="product-fitments-title" className="border-b border-slate-200 px-5 py-4 text-base font-semibold">
        {t('product.fitments')}
      </h2>
      {fitments.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">{t('product.noFitments')}</p>
      ) : (
        <div className="max-h-96 overflow-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('product.fitmentsCaption', { name })}</caption>
            <thead className="sticky top-0 bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-5 py-2.5 whitespace-nowrap">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {fitments.map((fitment, index) => (
                // Fitments have no id of their own; their order is the supplier's and stays put.
                <tr key={index} data-testid="fitment-row">
                  <td className="px-5 py-2">{fitment.make}</td>
                  <td className="px-5 py-2">{fitment.model}</td>
                  <td className="px-5 py-2">{fitment.secondary ?? t('common.none')}</td>
                  <td className="px-5 py-2 whitespace-nowrap">{years(fitment)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
