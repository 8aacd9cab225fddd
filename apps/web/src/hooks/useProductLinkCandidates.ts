'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useDebouncedValue } from './useDebouncedValue';

/** Other suppliers' products matching what the operator types, to link with product `id`. */
export function useProductLinkCandidates(id: string, q: string) {
  const trpc = useTRPC();
  const query = useDebouncedValue(q.trim());
  return useQuery(
    trpc.parts.linkCandidates.queryOptions(
      { id, q: query },
      { enabled: query.length > 0, placeholderData: keepPreviousData },
    ),
  );
}
