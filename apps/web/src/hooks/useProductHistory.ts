'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** A product's price, stock and availability changes over the last `days`; the chart keeps its data while a new range loads. */
export function useProductHistory(id: string, days: number) {
  const trpc = useTRPC();
  return useQuery(trpc.parts.history.queryOptions({ id, days }, { placeholderData: keepPreviousData }));
}
