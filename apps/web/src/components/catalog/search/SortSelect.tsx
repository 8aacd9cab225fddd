'use client';

import { CATALOG_SORTS, type CatalogSort } from '@syncar/contracts';
import { INPUT_CLASS } from '@/components/ui/Field';
import { useT } from '@/hooks/useI18n';

export function SortSelect({
  value,
  onChange,
}: {
  value: CatalogSort;
  onChange: (sort: CatalogSort) => void;
}) {
  const t = useT();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor="catalog-sort" className="text-sm whitespace-nowrap text-slate-600">
        {t('catalog.sort.label')}
      </label>
      <select
        id="catalog-sort"
        data-testid="catalog-sort"
        value={value}
        onChange={(event) => onChange(event.target.value as CatalogSort)}
        className={`${INPUT_CLASS} w-auto`}
      >
        {CATALOG_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`catalog.sort.${sort}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
