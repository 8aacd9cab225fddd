'use client';

import type { Permission } from '@syncar/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { hasPermission } from '@/lib/permissions';
import { useTRPC } from '@/lib/trpc';

/** Who is signed in (`auth.me`): name, role and permissions. Re-read every minute it is in use. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
}

/** `can(permission)`: whether the signed-in user holds it. False while `auth.me` is loading. */
export function useCan() {
  const { data: me } = useMe();
  return useCallback((permission: Permission) => hasPermission(me, permission), [me]);
}
