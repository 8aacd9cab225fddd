'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The `imports.list` input whose cache entry holds the queued and running runs of every supplier. */
export const activeRunsInput = { activeOnly: true, limit: 20 };

/** How often the list is read again, to find runs started elsewhere (another user, another tab). */
const REFETCH_MS = 5_000;

/** The runs under way, of all suppliers; read again every few seconds while the page is visible. */
export function useActiveRuns(enabled: boolean) {
  const trpc = useTRPC();
  return useQuery(
    trpc.imports.list.queryOptions(activeRunsInput, {
      enabled,
      refetchInterval: REFETCH_MS,
      staleTime: 0,
      select: (page) => page.items,
    }),
  );
}
