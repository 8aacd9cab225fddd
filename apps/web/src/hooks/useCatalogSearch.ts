'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type CatalogQuery, catalogFilters } from '@/components/catalog/search/url-state';
import { useTRPC } from '@/lib/trpc';

export const CATALOG_PAGE_SIZE = 50;

/** Catalog results a page at a time, following the keyset cursor; the previous results stay while typing. */
export function useCatalogSearch(query: CatalogQuery) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.catalog.search.infiniteQueryOptions(
      { filters: catalogFilters(query), sort: query.sort, limit: CATALOG_PAGE_SIZE },
      {
        getNextPageParam: (page) => page.nextCursor ?? undefined,
        placeholderData: keepPreviousData,
        retry: false,
      },
    ),
  );
}
