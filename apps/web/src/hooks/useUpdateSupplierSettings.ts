'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Replaces a supplier's sync settings; what the API stored becomes the cached settings. */
export function useUpdateSupplierSettings() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.suppliers.updateSettings.mutationOptions({
      onSuccess: (saved, { supplierId }) =>
        queryClient.setQueryData(trpc.suppliers.settings.queryKey({ supplierId }), saved),
    }),
  );
}
