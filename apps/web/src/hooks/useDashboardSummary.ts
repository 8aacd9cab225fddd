'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The dashboard's figures, refreshed every minute while the page is open. */
export function useDashboardSummary() {
  const trpc = useTRPC();
  return useQuery(trpc.dashboard.summary.queryOptions(undefined, { refetchInterval: 60_000 }));
}
