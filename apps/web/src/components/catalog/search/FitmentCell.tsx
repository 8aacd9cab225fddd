'use client';

import type { CatalogItem } from '@syncar/contracts';
import { useT } from '@/hooks/useI18n';

/** The fitment that matched the vehicle filter (or the first one), its years, and how many more there are. */
export function FitmentCell({ item }: { item: CatalogItem }) {
  const t = useT();
  const fitment = item.fitment;
  if (!fitment) return <span className="text-slate-400">{t('common.none')}</span>;
  const { yearFrom: from, yearTo: to } = fitment;
  const years =
    from !== null && to !== null
      ? from === to
        ? String(from)
        : `${from}–${to}`
      : from !== null
        ? t('catalog.fits.from', { year: from })
        : to !== null
          ? t('catalog.fits.until', { year: to })
          : t('catalog.fits.allYears');
  return (
    <span className="whitespace-nowrap">
      {fitment.make} {fitment.model} <span className="text-slate-500">{years}</span>
      {item.fitmentCount > 1 && (
        <span
          className="ml-1 text-xs text-slate-500"
          title={t('catalog.fits.moreTitle', { count: item.fitmentCount })}
        >
          {t('catalog.fits.more', { count: item.fitmentCount - 1 })}
        </span>
      )}
    </span>
  );
}
