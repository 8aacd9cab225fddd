'use client';

import { INPUT_CLASS } from '@/components/ui/Field';
import { useCategories } from '@/hooks/useCategories';
import { useT } from '@/hooks/useI18n';

/** The categories of the one chosen supplier (categories belong to a supplier's portal). */
export function CategoryFilter({
  supplierId,
  value,
  onChange,
}: {
  supplierId: string;
  value: readonly string[];
  onChange: (categoryIds: string[]) => void;
}) {
  const t = useT();
  const categories = useCategories(supplierId);
  return (
    <div>
      <label
        htmlFor="catalog-category"
        className="mb-2 block text-xs font-semibold tracking-wide text-slate-500 uppercase"
      >
        {t('catalog.category.title')}
      </label>
      <select
        id="catalog-category"
        data-testid="catalog-category"
        value={value[0] ?? ''}
        onChange={(event) => onChange(event.target.value ? [event.target.value] : [])}
        className={INPUT_CLASS}
      >
        <option value="">{t('catalog.category.any')}</option>
        {categories.data?.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </select>
    </div>
  );
}
