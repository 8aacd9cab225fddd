'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '@/lib/trpc';

/** After a delete: everything that shows products or categories is read again. */
export function useDeleteRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.catalog.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.parts.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.suppliers.pathKey() }),
      ]).then(() => undefined),
    [queryClient, trpc],
  );
}
