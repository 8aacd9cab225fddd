'use client';

import type { ListApiTokensInput } from '@syncar/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';
import type { FeedbackSink } from './useFeedback';

/** The signed-in user's API tokens, or everyone's (`all`, for users:manage). */
export function useApiTokens(scope: NonNullable<ListApiTokensInput['scope']>) {
  const trpc = useTRPC();
  return useQuery(trpc.apiTokens.list.queryOptions({ scope }));
}

function useInvalidateApiTokens() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.apiTokens.list.pathFilter());
}

/** Creates a token; its answer holds the secret, shown once (gcTime 0: the cache does not keep it). */
export function useCreateApiToken({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateApiTokens();
  return useMutation(
    trpc.apiTokens.create.mutationOptions({
      gcTime: 0,
      onMutate: clear,
      onSuccess: invalidate,
      onError: fail,
    }),
  );
}

export function useRevokeApiToken({ clear, fail }: FeedbackSink) {
  const trpc = useTRPC();
  const invalidate = useInvalidateApiTokens();
  return useMutation(
    trpc.apiTokens.revoke.mutationOptions({ onMutate: clear, onSuccess: invalidate, onError: fail }),
  );
}
