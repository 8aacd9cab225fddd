'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

export function useCategories(supplierId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.suppliers.categories.queryOptions({ supplierId }));
}
