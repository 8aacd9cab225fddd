'use client';

import { DeleteCategoriesButton } from '@/components/catalog/delete/DeleteCategoriesButton';
import { DeleteViewButton } from '@/components/catalog/delete/DeleteViewButton';
import type { CatalogQuery } from '@/components/catalog/search/url-state';
import { ExportButton } from './ExportButton';

/** What can be done with the whole view beside reading it: export it, or delete it (each by permission). */
export function CatalogViewActions({
  query,
  onChange,
  apiUrl,
}: {
  query: CatalogQuery;
  onChange: (patch: Partial<CatalogQuery>) => void;
  apiUrl: string;
}) {
  return (
    <div data-testid="catalog-view-actions" className="ml-auto flex flex-wrap items-center gap-2">
      <ExportButton query={query} apiUrl={apiUrl} />
      <DeleteCategoriesButton
        categoryIds={query.categoryIds}
        onDeleted={() => onChange({ categoryIds: [] })}
      />
      <DeleteViewButton query={query} />
    </div>
  );
}
