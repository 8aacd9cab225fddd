'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '@/lib/trpc';

/** Refetches what a finished run may have changed: categories, supplier counts and the run lists. */
export function useInvalidateRunResults() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.suppliers.categories.pathFilter()),
        queryClient.invalidateQueries(trpc.suppliers.list.pathFilter()),
        queryClient.invalidateQueries(trpc.imports.list.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}
