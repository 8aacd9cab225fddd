'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { safeNextPath } from '@/lib/navigation';
import { useTRPC } from '@/lib/trpc';

/**
 * Signs in; the API sets the session cookies. Whatever an earlier session left in the cache goes, `auth.me`
 * starts as the login's answer, and the browser goes on to `next` (a same-site path only).
 */
export function useLogin(next: string | null) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return useMutation(
    trpc.auth.login.mutationOptions({
      // Dropped from the mutation cache as soon as the form is gone: its variables hold the password.
      gcTime: 0,
      onSuccess: (me) => {
        queryClient.removeQueries();
        queryClient.setQueryData(trpc.auth.me.queryKey(), me);
        router.replace(safeNextPath(next));
      },
    }),
  );
}
