'use client';

import { useEffect, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/Field';
import { useDebouncedValue } from '@/hooks/useDebouncedValue';
import { useT } from '@/hooks/useI18n';

/** The one search box: SKU, OEM code, name or brand. Typing updates the search once it pauses. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(value);
  const debounced = useDebouncedValue(draft, 300);

  // Back/forward or a cleared search changes the URL: the box follows it.
  useEffect(() => setDraft(value), [value]);
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced);
  }, [debounced, value, onSearch]);

  return (
    <search>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(draft);
        }}
      >
        <label htmlFor="catalog-q" className="sr-only">
          {t('catalog.search.label')}
        </label>
        <input
          id="catalog-q"
          data-testid="catalog-q"
          type="search"
          value={draft}
          maxLength={200}
          autoComplete="off"
          placeholder={t('catalog.search.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
          className={`${INPUT_CLASS} py-2.5 text-base`}
        />
      </form>
    </search>
  );
}
