'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type CatalogQuery, catalogFilters } from '@/components/catalog/search/url-state';
import { useTRPC } from '@/lib/trpc';

/** Counts per supplier, brand and availability for the current search (`catalog.facets`). */
export function useCatalogFacets(query: CatalogQuery) {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.catalog.facets.queryOptions(catalogFilters(query)),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
