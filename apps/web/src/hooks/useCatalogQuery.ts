'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';
import {
  type CatalogQuery,
  catalogQueryString,
  parseCatalogQuery,
} from '@/components/catalog/search/url-state';

/**
 * The catalog query held in the URL. `update` writes a change back: a new history entry for a filter, or
 * `replace` while typing, so Back returns to the previous search rather than to each keystroke.
 */
export function useCatalogQuery() {
  const searchParams = useSearchParams();
  const pathname = usePathname();
  const query = useMemo(
    () => parseCatalogQuery(new URLSearchParams(searchParams.toString())),
    [searchParams],
  );

  const update = useCallback(
    (patch: Partial<CatalogQuery>, options: { replace?: boolean } = {}) => {
      const search = catalogQueryString({
        ...parseCatalogQuery(new URLSearchParams(window.location.search)),
        ...patch,
      });
      const url = search ? `${pathname}?${search}` : pathname;
      // Next keeps useSearchParams in step with the History API, without a server round trip.
      if (options.replace) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [pathname],
  );

  return { query, update };
}
