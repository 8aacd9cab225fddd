'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Everything the product page shows (`parts.product`). */
export function useProduct(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.parts.product.queryOptions({ id }));
}
