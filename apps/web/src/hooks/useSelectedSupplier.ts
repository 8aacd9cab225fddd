'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

export const SUPPLIER_PARAM = 'supplier';

/**
 * The supplier tab, kept in the URL (`?supplier=<id>`) so it survives a reload and can be shared. An unknown or
 * missing id selects the first supplier.
 */
export function useSelectedSupplier(supplierIds: readonly string[]) {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const requested = searchParams.get(SUPPLIER_PARAM);
  const selectedId = requested && supplierIds.includes(requested) ? requested : (supplierIds[0] ?? null);

  const select = useCallback(
    (id: string) => {
      const params = new URLSearchParams(searchParams.toString());
      params.set(SUPPLIER_PARAM, id);
      // Next keeps useSearchParams in sync with history.pushState, without a server round trip.
      window.history.pushState(null, '', `${pathname}?${params.toString()}`);
    },
    [pathname, searchParams],
  );

  return { selectedId, select };
}
