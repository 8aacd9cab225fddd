'use client';

import { useCallback } from 'react';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { CatalogViewActions } from '@/components/catalog/export/CatalogViewActions';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useCatalogFacets } from '@/hooks/useCatalogFacets';
import { useCatalogQuery } from '@/hooks/useCatalogQuery';
import { useCatalogSearch } from '@/hooks/useCatalogSearch';
import { useFormat, useT } from '@/hooks/useI18n';
import { errorMessage, isForbidden } from '@/lib/errors';
import { CatalogFilters } from './CatalogFilters';
import { ResultsTable } from './ResultsTable';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';
import type { CatalogQuery } from './url-state';

/** The catalog: one search box, filters with counts, sorted results a page at a time; all of it in the URL. */
export function CatalogSearchView({ apiUrl }: { apiUrl: string }) {
  const t = useT();
  const format = useFormat();
  const { query, update } = useCatalogQuery();
  const search = useCatalogSearch(query);
  const facets = useCatalogFacets(query);
  const items = search.data?.pages.flatMap((page) => page.items);
  const first = search.data?.pages[0];

  const onSearch = useCallback((q: string) => update({ q }, { replace: true }), [update]);
  const onChange = useCallback((patch: Partial<CatalogQuery>) => update(patch), [update]);

  if (isForbidden(search.error)) return <AccessDenied message={errorMessage(search.error)} />;

  return (
    <div className="space-y-4">
      <SearchBox value={query.q} onSearch={onSearch} />
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <Panel className="h-fit p-5">
          <CatalogFilters query={query} facets={facets.data} onChange={onChange} />
        </Panel>
        <Panel data-testid="catalog-panel" aria-busy={search.isFetching} className="min-w-0 overflow-hidden">
          <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
            <p data-testid="catalog-total" aria-live="polite" className="text-sm text-slate-600">
              {first?.total != null &&
                t(first.totalExact ? 'catalog.total.exact' : 'catalog.total.estimated', {
                  count: format.number(first.total),
                })}
            </p>
            <CatalogViewActions query={query} onChange={onChange} apiUrl={apiUrl} />
            <SortSelect value={query.sort} onChange={(sort) => onChange({ sort })} />
          </div>
          {search.isError && (
            <div className="p-5">
              <Alert data-testid="catalog-error">
                {t('catalog.loadError', { message: errorMessage(search.error) })}
              </Alert>
            </div>
          )}
          {!items && !search.isError && (
            <div className="space-y-4 px-5 py-4">
              <span className="sr-only">{t('common.loading')}</span>
              <Skeleton className="h-10 w-full" />
              <Skeleton className="h-10 w-full" />
              <Skeleton className="h-10 w-3/4" />
            </div>
          )}
          {items?.length === 0 && !search.isError && (
            <div data-testid="catalog-empty" className="px-5 py-12 text-center text-sm text-slate-600">
              <p className="font-medium text-slate-900">{t('catalog.empty.title')}</p>
              <p className="mt-1">{t('catalog.empty.hint')}</p>
            </div>
          )}
          {items && items.length > 0 && !search.isError && <ResultsTable items={items} apiUrl={apiUrl} />}
          {search.hasNextPage && !search.isError && (
            <div className="border-t border-slate-200 px-5 py-3 text-center">
              <Button
                variant="secondary"
                data-testid="catalog-load-more"
                pending={search.isFetchingNextPage}
                onClick={() => void search.fetchNextPage()}
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </Panel>
      </div>
    </div>
  );
}
