'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Asks the API to stop a run; the run's events then report it `cancelled` within seconds. */
export function useCancelRun() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.imports.cancel.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.imports.list.pathFilter()),
    }),
  );
}
