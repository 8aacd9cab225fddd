'use client';

import type { CatalogFilters } from '@syncar/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

const PAGE_SIZE = 20;

/** Parts offered by several suppliers among the products matching `filters`, a page of groups at a time. */
export function useCompareParts(filters: Partial<CatalogFilters>) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.parts.compare.infiniteQueryOptions(
      { filters, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
