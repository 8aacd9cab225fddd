'use client';

import type { DeleteProductsTarget } from '@syncar/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useDeleteRefresh } from './useDeleteRefresh';

/** What deleting `target` removes (while the confirmation is open), and the delete itself. */
export function useDeleteProducts(target: DeleteProductsTarget, open: boolean) {
  const trpc = useTRPC();
  const refresh = useDeleteRefresh();
  const preview = useQuery(
    trpc.catalogAdmin.deleteProductsPreview.queryOptions({ target }, { enabled: open, gcTime: 0 }),
  );
  const remove = useMutation(
    trpc.catalogAdmin.deleteProducts.mutationOptions({
      onSuccess: refresh,
      // The count changed since the preview: show the new one.
      onError: () => void preview.refetch(),
    }),
  );
  return { preview, remove };
}
