'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Starts an export of a catalog view; the new export joins the user's recent ones. */
export function useExportStart() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.exports.start.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.exports.list.pathFilter()),
    }),
  );
}
