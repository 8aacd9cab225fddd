'use client';

import { Alert } from '@/components/ui/Alert';
import { Skeleton } from '@/components/ui/Skeleton';
import { useCategories } from '@/hooks/useCategories';
import { useFormat, useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';
import { CategoryRow } from './CategoryRow';

const SKELETON_ROWS = ['a', 'b', 'c', 'd'];

/** The categories last imported from a supplier's portal, flagging those the portal no longer lists. */
export function CategoryList({ supplierId, supplierName }: { supplierId: string; supplierName: string }) {
  const t = useT();
  const format = useFormat();
  const categories = useCategories(supplierId);
  const items = categories.data;

  return (
    <section
      data-testid="category-list"
      aria-labelledby="category-list-title"
      aria-busy={categories.isPending}
      className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
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
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('categories.caption', { supplier: supplierName })}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                <th scope="col" className="px-5 py-2.5">
                  {t('categories.col.name')}
                </th>
                <th scope="col" className="px-5 py-2.5">
                  {t('categories.col.externalId')}
                </th>
                <th scope="col" className="px-5 py-2.5">
                  {t('categories.col.url')}
                </th>
                <th scope="col" className="px-5 py-2.5">
                  {t('categories.col.status')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {items.map((category) => (
                <CategoryRow key={category.id} category={category} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
