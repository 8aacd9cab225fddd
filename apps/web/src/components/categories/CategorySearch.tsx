'use client';

import { INPUT_CLASS } from '@/components/ui/Field';
import { useT } from '@/hooks/useI18n';

/** Filters the list by category name as the user types. */
export function CategorySearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <div className="w-full sm:max-w-xs">
      <label htmlFor="category-search" className="sr-only">
        {t('categories.search')}
      </label>
      <input
        id="category-search"
        type="search"
        data-testid="category-search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={t('categories.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        className={INPUT_CLASS}
      />
    </div>
  );
}
