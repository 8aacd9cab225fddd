'use client';

import type { Category } from '@syncar/contracts';
import { useDeferredValue, useMemo, useState } from 'react';
import { ImportError } from '@/components/imports/ImportError';
import { Alert } from '@/components/ui/Alert';
import { Skeleton } from '@/components/ui/Skeleton';
import { useCategories } from '@/hooks/useCategories';
import { useCategorySelection } from '@/hooks/useCategorySelection';
import { useFormat, useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import type { Importer } from '@/hooks/useStartImport';
import { filterByName } from '@/lib/category-selection';
import { errorMessage } from '@/lib/errors';
import { CategorySearch } from './CategorySearch';
import { CategorySelectionBar } from './CategorySelectionBar';
import { CategoryTable } from './CategoryTable';

const SKELETON_ROWS = ['a', 'b', 'c', 'd'];
const NO_CATEGORIES: readonly Category[] = [];

interface CategoryListProps {
  supplierId: string;
  supplierName: string;
  importer: Importer;
}

/**
 * The categories last imported from a supplier's portal, flagging those the portal no longer lists, with a search
 * by name. Roles that may run imports choose categories here (starting from the saved selection) and import their
 * products.
 */
export function CategoryList({ supplierId, supplierName, importer }: CategoryListProps) {
  const t = useT();
  const format = useFormat();
  const can = useCan();
  const categories = useCategories(supplierId);
  const items = categories.data;
  const selectable = can('imports:run');
  const selection = useCategorySelection(items);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => filterByName(items ?? NO_CATEGORIES, deferredQuery), [items, deferredQuery]);

  return (
    <section
      data-testid="category-list"
      aria-labelledby="category-list-title"
      aria-busy={categories.isPending}
      // `clip`, not `hidden`: on wide screens the toolbar can then stick to the top of the window.
      className="overflow-clip rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
    >
      <header className="flex items-baseline justify-between gap-4 border-b border-slate-200 px-5 py-4">
        <h3 id="category-list-title" className="text-base font-semibold text-slate-900">
          {t('categories.title')}
        </h3>
        {items && items.length > 0 && (
          <span className="text-sm text-slate-500 tabular-nums">
            {t('categories.count', { count: format.number(items.length) })}
          </span>
        )}
      </header>

      {items === undefined && categories.isError && (
        <div className="p-5">
          <Alert>{t('categories.loadError', { message: errorMessage(categories.error) })}</Alert>
        </div>
      )}

      {items === undefined && !categories.isError && (
        <div className="space-y-4 px-5 py-4">
          <span className="sr-only">{t('common.loading')}</span>
          {SKELETON_ROWS.map((row) => (
            <Skeleton key={row} className="h-5 w-full" />
          ))}
        </div>
      )}

      {items?.length === 0 && (
        <p data-testid="category-empty" className="px-5 py-12 text-center text-sm text-slate-500">
          {t('categories.empty')}
        </p>
      )}

      {items && items.length > 0 && (
        <>
          <div className="z-10 space-y-3 border-b border-slate-200 bg-white/95 px-5 py-3 backdrop-blur md:sticky md:top-0">
            <div className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
              <CategorySearch value={query} onChange={setQuery} />
              {selectable && (
                <CategorySelectionBar
                  selectedIds={selection.ids}
                  onSelectShown={() => selection.set(shown, true)}
                  onDeselectShown={() => selection.set(shown, false)}
                  importer={importer}
                />
              )}
            </div>
            {selectable && <ImportError importer={importer} kind="products" />}
          </div>
          {shown.length === 0 ? (
            <p data-testid="category-no-match" className="px-5 py-10 text-center text-sm text-slate-500">
              {t('categories.noMatch', { query: deferredQuery.trim() })}
            </p>
          ) : (
            <CategoryTable
              categories={shown}
              caption={t('categories.caption', { supplier: supplierName })}
              isSelected={selectable ? selection.isSelected : undefined}
              onSelect={selectable ? selection.set : undefined}
            />
          )}
        </>
      )}
    </section>
  );
}
