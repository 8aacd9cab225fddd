'use client';

import type { CatalogExport } from '@syncar/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '@/lib/trpc';

/** How often a running export's progress is read. */
const POLL_MS = 1_000;

const isSettled = (status: CatalogExport['status'] | undefined) =>
  status === 'ready' || status === 'failed' || status === 'expired';

/** One export, re-read every second until it is ready (or failed); the recent list follows when it settles. */
export function useExportStatus(exportId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(
    trpc.exports.get.queryOptions(
      { exportId },
      { refetchInterval: (current) => (isSettled(current.state.data?.status) ? false : POLL_MS) },
    ),
  );
  const status = query.data?.status;
  useEffect(() => {
    if (isSettled(status)) void queryClient.invalidateQueries(trpc.exports.list.pathFilter());
  }, [status, queryClient, trpc]);
  return query;
}
