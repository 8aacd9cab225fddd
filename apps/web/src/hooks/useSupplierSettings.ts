'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** A supplier's sync settings (limits, concurrency, category order). */
export function useSupplierSettings(supplierId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.suppliers.settings.queryOptions({ supplierId }));
}
