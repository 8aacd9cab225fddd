'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '@/lib/trpc';
import type { FeedbackSink } from './useFeedback';

const PAGE_SIZE = 25;

/** Users matching `search`, a page at a time (keyset cursor). */
export function useUsers(search: string) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { search: search || undefined, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}

/** Refetches what a change to users may have changed: the user list and the roles' user counts. */
function useInvalidateUsers() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.users.list.pathFilter()),
        queryClient.invalidateQueries(trpc.roles.list.pathFilter()),
      ]),
    [queryClient, trpc],
  );
}

/**
 * Role or active flag of a user. It stays pending until the list is read again, so a control never flips back
 * to the old value in between.
 */
export function useUpdateUser({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  return useMutation(
    trpc.users.update.mutationOptions({ onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}

export function useCreateUser({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  // gcTime 0: the variables hold the initial password.
  return useMutation(
    trpc.users.create.mutationOptions({ gcTime: 0, onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}

export function useResetPassword({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  return useMutation(trpc.users.resetPassword.mutationOptions({ gcTime: 0, onMutate: clear, onError: fail }));
}
