'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/**
 * Says two products are the same part (`link`) or not (`unlink`). Every grouping on screen may change with it,
 * so the same-part lists and the comparison are read again.
 */
export function useProductVerdict(verdict: 'link' | 'unlink') {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const procedure = verdict === 'link' ? trpc.parts.link : trpc.parts.unlink;
  return useMutation(
    procedure.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.parts.sameParts.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.parts.compare.pathKey() }),
        ]),
    }),
  );
}
