'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '@/lib/trpc';
import type { FeedbackSink } from './useFeedback';

/** Every role with its permissions and how many users hold it. */
export function useRoles() {
  const trpc = useTRPC();
  return useQuery(trpc.roles.list.queryOptions());
}

/** Refetches roles, users (their role names) and `auth.me` (in case the change touched the signed-in user). */
function useInvalidateRoles() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.roles.list.pathFilter()),
        queryClient.invalidateQueries(trpc.users.list.pathFilter()),
        queryClient.invalidateQueries(trpc.auth.me.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}

export function useCreateRole({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRoles();
  return useMutation(
    trpc.roles.create.mutationOptions({ onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}

export function useUpdateRole({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRoles();
  return useMutation(
    trpc.roles.update.mutationOptions({ onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}

export function useDeleteRole({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateRoles();
  return useMutation(
    trpc.roles.delete.mutationOptions({ onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}
