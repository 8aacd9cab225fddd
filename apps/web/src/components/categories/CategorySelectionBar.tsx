'use client';

import { ImportProductsButton } from '@/components/imports/ImportProductsButton';
import { useFormat, useT } from '@/hooks/useI18n';
import type { Importer } from '@/hooks/useStartImport';

const LINK_BUTTON_CLASS =
  'rounded-md px-2 py-1 text-sm font-medium text-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600';

interface CategorySelectionBarProps {
  /** The ids a products import would take: selected and selectable. */
  selectedIds: readonly string[];
  onSelectShown: () => void;
  onDeselectShown: () => void;
  importer: Importer;
}

/** Select all / none (of the rows shown), how many are selected, and the button that imports their products. */
export function CategorySelectionBar({
  selectedIds,
  onSelectShown,
  onDeselectShown,
  importer,
}: CategorySelectionBarProps) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <div className="flex items-center gap-1">
        <button
          type="button"
          data-testid="category-select-all"
          onClick={onSelectShown}
          className={LINK_BUTTON_CLASS}
        >
          {t('categories.selectAll')}
        </button>
        <button
          type="button"
          data-testid="category-select-none"
          onClick={onDeselectShown}
          className={LINK_BUTTON_CLASS}
        >
          {t('categories.selectNone')}
        </button>
      </div>
      <span
        data-testid="category-selected-count"
        data-count={selectedIds.length}
        aria-live="polite"
        className="text-sm text-slate-600 tabular-nums"
      >
        {t('categories.selectedCount', { count: format.number(selectedIds.length) })}
      </span>
      <ImportProductsButton
        count={selectedIds.length}
        pending={importer.pending && importer.kind === 'products'}
        onClick={() => importer.startProducts([...selectedIds])}
      />
    </div>
  );
}
