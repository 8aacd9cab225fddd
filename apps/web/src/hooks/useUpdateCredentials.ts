'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Replaces a supplier's portal credentials (write-only); the supplier list then shows them as set. */
export function useUpdateCredentials() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.suppliers.updateCredentials.mutationOptions({
      // Its variables hold the portal password: nothing keeps them once the form is gone.
      gcTime: 0,
      onSuccess: () => queryClient.invalidateQueries(trpc.suppliers.list.queryFilter()),
    }),
  );
}
