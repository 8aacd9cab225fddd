'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { activeRunsInput } from './useActiveRuns';
import { latestRunInput } from './useLatestRun';
import { runHistoryInput } from './useRunHistory';

export type Importer = ReturnType<typeof useStartImport>;

/**
 * Starts an import of a supplier's categories, or of the products of some of its categories (which the API saves
 * as the supplier's selection). The new run becomes the supplier's latest at once, so its panel starts streaming,
 * and joins the active runs in the shell.
 */
export function useStartImport(supplierId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(
    trpc.imports.start.mutationOptions({
      onSuccess: (run, input) => {
        queryClient.setQueryData(trpc.imports.list.queryKey(latestRunInput(supplierId)), {
          items: [run],
          nextCursor: null,
        });
        void queryClient.invalidateQueries({
          queryKey: trpc.imports.list.queryKey(runHistoryInput(supplierId)),
        });
        void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey(activeRunsInput) });
        if (input.kind === 'products') {
          void queryClient.invalidateQueries(trpc.suppliers.categories.queryFilter({ supplierId }));
        }
      },
    }),
  );
  return {
    startCategories: () => mutation.mutate({ supplierId, kind: 'categories' }),
    startProducts: (categoryIds: string[]) => mutation.mutate({ supplierId, kind: 'products', categoryIds }),
    /** What the last start asked for, so each button and its error show with their own action. */
    kind: mutation.variables?.kind ?? null,
    pending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}
