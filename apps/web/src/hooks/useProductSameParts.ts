'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** Other suppliers' offers of the same part as product `id`, with the best offer in stock. */
export function useProductSameParts(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.parts.sameParts.queryOptions({ id }));
}
