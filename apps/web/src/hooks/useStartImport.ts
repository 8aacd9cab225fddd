'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { latestRunInput } from './useLatestRun';
import { runHistoryInput } from './useRunHistory';

/** Starts a category import; the new run becomes the supplier's latest at once, so its panel starts streaming. */
export function useStartImport(supplierId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.imports.start.mutationOptions({
      onSuccess: (run) => {
        queryClient.setQueryData(trpc.imports.list.queryKey(latestRunInput(supplierId)), {
          items: [run],
          nextCursor: null,
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.imports.list.queryKey(runHistoryInput(supplierId)),
        });
      },
    }),
  );
  const start = () => mutation.mutate({ supplierId, kind: 'categories' });
  return { start, pending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
