'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

/** The vehicle picker's choices: the makes, or with `make` its models. They change only with a sync. */
export function useCatalogVehicleOptions(make: string | null) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.catalog.vehicleOptions.queryOptions({ make }), staleTime: 5 * 60_000 });
}
