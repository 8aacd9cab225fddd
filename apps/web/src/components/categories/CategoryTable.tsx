'use client';

import type { Category } from '@syncar/contracts';
import { useCallback } from 'react';
import { useT } from '@/hooks/useI18n';
import { isSelectable } from '@/lib/category-selection';
import { CategoryRow } from './CategoryRow';

interface CategoryTableProps {
  categories: readonly Category[];
  caption: string;
  /** Both given for roles that may run imports: each row then gets a checkbox. */
  isSelected?: (id: string) => boolean;
  onSelect?: (categories: readonly Category[], on: boolean) => void;
}

const TH_CLASS = 'px-5 py-2.5';

export function CategoryTable({ categories, caption, isSelected, onSelect }: CategoryTableProps) {
  const t = useT();
  const selectOne = useCallback(
    (category: Category, checked: boolean) => onSelect?.([category], checked),
    [onSelect],
  );
  const selectable = Boolean(isSelected && onSelect);

  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {selectable && (
              <th scope="col" className="w-10 py-2.5 pr-1 pl-5">
                <span className="sr-only">{t('categories.col.select')}</span>
              </th>
            )}
            <th scope="col" className={TH_CLASS}>
              {t('categories.col.name')}
            </th>
            <th scope="col" className={`${TH_CLASS} text-right`}>
              {t('categories.col.products')}
            </th>
            <th scope="col" className={TH_CLASS}>
              {t('categories.col.externalId')}
            </th>
            <th scope="col" className={TH_CLASS}>
              {t('categories.col.url')}
            </th>
            <th scope="col" className={TH_CLASS}>
              {t('categories.col.status')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {categories.map((category) => (
            <CategoryRow
              key={category.id}
              category={category}
              onSelect={selectable ? selectOne : undefined}
              checked={selectable && isSelectable(category) && isSelected!(category.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
