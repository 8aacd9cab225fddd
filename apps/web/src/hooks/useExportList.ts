'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The signed-in user's recent exports, newest first. */
export function useExportList() {
  const trpc = useTRPC();
  return useQuery(trpc.exports.list.queryOptions({ limit: 5 }));
}
