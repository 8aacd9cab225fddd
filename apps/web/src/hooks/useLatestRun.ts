'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The `imports.list` input whose cache entry holds a supplier's latest run. */
export const latestRunInput = (supplierId: string) => ({ supplierId, limit: 1 });

export function useLatestRun(supplierId: string) {
  const trpc = useTRPC();
  return useQuery(
    trpc.imports.list.queryOptions(latestRunInput(supplierId), {
      select: (page) => page.items[0] ?? null,
    }),
  );
}
