'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The `imports.list` input whose cache entry holds a supplier's recent runs. */
export const runHistoryInput = (supplierId: string) => ({ supplierId, limit: 10 });

export function useRunHistory(supplierId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.imports.list.queryOptions(runHistoryInput(supplierId)));
}
