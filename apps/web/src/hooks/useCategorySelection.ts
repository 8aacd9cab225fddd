'use client';

import type { Category } from '@syncar/contracts';
import { useCallback, useMemo, useState } from 'react';
import { savedSelection, selectedIds, withCategories } from '@/lib/category-selection';

/**
 * The categories chosen for a products import. It starts as the supplier's saved selection and, once the user
 * changes it, stays as they left it however often the list is read again. Render under `key={supplierId}`.
 */
export function useCategorySelection(categories: readonly Category[] | undefined) {
  const [edited, setEdited] = useState<ReadonlySet<string> | null>(null);
  const selection = useMemo(() => edited ?? savedSelection(categories ?? []), [edited, categories]);
  const ids = useMemo(() => selectedIds(selection, categories ?? []), [selection, categories]);

  // Stable while the list stays the same, so rows that did not change need not render again.
  const set = useCallback(
    (some: readonly Category[], on: boolean) =>
      setEdited((current) => withCategories(current ?? savedSelection(categories ?? []), some, on)),
    [categories],
  );

  return {
    /** What to import: selected, selectable categories in list order. */
    ids,
    isSelected: useCallback((id: string) => selection.has(id), [selection]),
    /** Selects (`on`) or deselects the given categories; missing ones are never selected. */
    set,
  };
}
