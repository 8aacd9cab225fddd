'use client';

import { useFormat } from '@/hooks/useI18n';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

/** A group of checkboxes with the count each option would give; chosen options stay listed at zero. */
export function FacetList({
  name,
  title,
  options,
  chosen,
  onToggle,
}: {
  /** `catalog-facet-<name>` is the group's test id. */
  name: string;
  title: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}) {
  const format = useFormat();
  if (options.length === 0) return null;
  return (
    <fieldset data-testid={`catalog-facet-${name}`}>
      <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</legend>
      <ul className="space-y-1">
        {options.map((option) => {
          const id = `facet-${name}-${option.value}`;
          return (
            <li key={option.value} className="flex items-center gap-2 text-sm">
              <input
                id={id}
                type="checkbox"
                checked={chosen.includes(option.value)}
                onChange={() => onToggle(option.value)}
                className="size-4 rounded border-slate-300 text-sky-600 focus:ring-sky-600"
              />
              <label htmlFor={id} className="min-w-0 flex-1 truncate text-slate-700">
                {option.label}
              </label>
              <span className="text-xs text-slate-500 tabular-nums">{format.number(option.count)}</span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
