'use client';

import { useEffect, useState } from 'react';
import { INPUT_CLASS } from '@/components/ui/Field';
import { useT } from '@/hooks/useI18n';

type Range = { priceMin: number | null; priceMax: number | null };

const read = (value: string): number | null => {
  const digits = value.replace(/[^\d]/g, '');
  return digits ? Number(digits) : null;
};

/** Price range in CLP; applied when a field is left or Enter is pressed (the API refuses min > max). */
export function PriceFilter({ value, onChange }: { value: Range; onChange: (range: Range) => void }) {
  const t = useT();
  const [min, setMin] = useState(value.priceMin?.toString() ?? '');
  const [max, setMax] = useState(value.priceMax?.toString() ?? '');
  useEffect(() => setMin(value.priceMin?.toString() ?? ''), [value.priceMin]);
  useEffect(() => setMax(value.priceMax?.toString() ?? ''), [value.priceMax]);

  const apply = () => {
    const next = { priceMin: read(min), priceMax: read(max) };
    if (next.priceMin !== value.priceMin || next.priceMax !== value.priceMax) onChange(next);
  };
  const field = (id: string, label: string, draft: string, set: (value: string) => void) => (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        data-testid={id}
        inputMode="numeric"
        placeholder={label}
        value={draft}
        onChange={(event) => set(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
        className={INPUT_CLASS}
      />
    </div>
  );

  return (
    <fieldset>
      <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
        {t('catalog.price.title')}
      </legend>
      <div className="flex items-center gap-2">
        {field('catalog-price-min', t('catalog.price.min'), min, setMin)}
        <span aria-hidden="true" className="text-slate-400">
          –
        </span>
        {field('catalog-price-max', t('catalog.price.max'), max, setMax)}
      </div>
    </fieldset>
  );
}
