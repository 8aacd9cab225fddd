'use client';

import type { Supplier } from '@syncar/contracts';
import { type KeyboardEvent, useRef } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';

export const supplierTabId = (id: string) => `supplier-tab-${id}`;
export const SUPPLIER_PANEL_ID = 'supplier-panel';

interface SupplierTabsProps {
  suppliers: readonly Supplier[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/** One tab per supplier (WAI-ARIA tabs: arrow keys, Home and End move and select). */
export function SupplierTabs({ suppliers, selectedId, onSelect }: SupplierTabsProps) {
  const t = useT();
  const format = useFormat();
  const listRef = useRef<HTMLDivElement>(null);

  const focusAndSelect = (index: number) => {
    const supplier = suppliers[(index + suppliers.length) % suppliers.length];
    if (!supplier) return;
    onSelect(supplier.id);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(supplierTabId(supplier.id))}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: suppliers.length - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusAndSelect(target);
  };

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={t('suppliers.tabsLabel')}
      className="-mx-1 flex gap-1 overflow-x-auto border-b border-slate-200 px-1"
    >
      {suppliers.map((supplier, index) => {
        const selected = supplier.id === selectedId;
        return (
          <button
            key={supplier.id}
            id={supplierTabId(supplier.id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={SUPPLIER_PANEL_ID}
            tabIndex={selected ? 0 : -1}
            data-testid="supplier-tab"
            data-supplier-id={supplier.id}
            onClick={() => onSelect(supplier.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={`-mb-px flex items-center gap-2 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap transition-colors focus-visible:rounded-t-md focus-visible:outline-2 focus-visible:outline-sky-500 ${
              selected
                ? 'border-sky-600 text-sky-700'
                : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
            }`}
          >
            {supplier.name}
            <span
              className={`rounded-full px-2 py-px text-xs tabular-nums ${
                selected ? 'bg-sky-100 text-sky-800' : 'bg-slate-200/70 text-slate-600'
              }`}
            >
              {format.number(supplier.categoryCount)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
