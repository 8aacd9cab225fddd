'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import { useDeleteRefresh } from './useDeleteRefresh';

/** What deleting these categories removes (while the confirmation is open), and the delete itself. */
export function useDeleteCategories(categoryIds: string[], open: boolean) {
  const trpc = useTRPC();
  const refresh = useDeleteRefresh();
  const preview = useQuery(
    trpc.catalogAdmin.deleteCategoriesPreview.queryOptions({ categoryIds }, { enabled: open, gcTime: 0 }),
  );
  const remove = useMutation(
    trpc.catalogAdmin.deleteCategories.mutationOptions({
      onSuccess: refresh,
      onError: () => void preview.refetch(),
    }),
  );
  return { preview, remove };
}
