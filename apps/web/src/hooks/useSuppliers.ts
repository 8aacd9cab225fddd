'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useSuppliers() {
  const trpc = useTRPC();
  return useQuery(trpc.suppliers.list.queryOptions());
}
