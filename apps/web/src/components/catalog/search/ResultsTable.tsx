'use client';

import type { CatalogItem } from '@syncar/contracts';
import { useT } from '@/hooks/useI18n';
import { ResultRow } from './ResultRow';

const COLUMNS = [
  ['catalog.col.image', 'pl-5 pr-2 sr-only'],
  ['catalog.col.sku', 'px-3'],
  ['catalog.col.name', 'px-3'],
  ['catalog.col.brand', 'px-3'],
  ['catalog.col.supplier', 'px-3'],
  ['catalog.col.price', 'px-3 text-right'],
  ['catalog.col.stock', 'px-3 text-right'],
  ['catalog.col.availability', 'px-3'],
  ['catalog.col.fits', 'pl-3 pr-5'],
] as const;

export function ResultsTable({ items, apiUrl }: { items: readonly CatalogItem[]; apiUrl: string }) {
  const t = useT();
  return (
    <div className="overflow-x-auto">
      <table data-testid="catalog-results" className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('catalog.caption')}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {COLUMNS.map(([label, className]) => (
              <th key={label} scope="col" className={`py-2.5 ${className}`}>
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <ResultRow key={item.id} item={item} apiUrl={apiUrl} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
