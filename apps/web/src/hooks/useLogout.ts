'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { isUnauthorized } from '@/lib/errors';
import { useTRPC } from '@/lib/trpc';

/** Ends the session on the server (and its cookies), then shows the login page; it clears the cache. */
export function useLogout() {
  const trpc = useTRPC();
  const router = useRouter();
  const mutation = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => router.replace('/login'),
      onError: (error) => {
        // Already signed out (session expired or revoked): nothing left to end.
        if (isUnauthorized(error)) router.replace('/login');
      },
    }),
  );
  return {
    logout: () => mutation.mutate(),
    pending: mutation.isPending,
    error: mutation.error && !isUnauthorized(mutation.error) ? mutation.error : null,
  };
}
