'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Changes the signed-in user's password; the API ends their other sessions and renews this one's cookies. */
export function useChangePassword() {
  const trpc = useTRPC();
  // gcTime 0: the variables hold both passwords.
  return useMutation(trpc.auth.changePassword.mutationOptions({ gcTime: 0 }));
}
