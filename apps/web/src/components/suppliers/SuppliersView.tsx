'use client';

import { CategoryList } from '@/components/categories/CategoryList';
import { LatestRun } from '@/components/imports/LatestRun';
import { Alert } from '@/components/ui/Alert';
import { useT } from '@/hooks/useI18n';
import { useSelectedSupplier } from '@/hooks/useSelectedSupplier';
import { useSuppliers } from '@/hooks/useSuppliers';
import { errorMessage } from '@/lib/errors';
import { SupplierOverview } from './SupplierOverview';
import { SuppliersSkeleton } from './SuppliersSkeleton';
import { SUPPLIER_PANEL_ID, SupplierTabs, supplierTabId } from './SupplierTabs';

/** Supplier tabs and, for the selected one: its overview, its latest import (live) and its categories. */
export function SuppliersView() {
  const t = useT();
  const suppliers = useSuppliers();
  const { selectedId, select } = useSelectedSupplier(suppliers.data?.map((s) => s.id) ?? []);

  if (suppliers.data === undefined) {
    if (suppliers.isError) {
      return (
        <Alert
          data-testid="suppliers-error"
          action={
            <button
              type="button"
              onClick={() => void suppliers.refetch()}
              className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-100"
            >
              {t('common.retry')}
            </button>
          }
        >
          {t('suppliers.loadError', { message: errorMessage(suppliers.error) })}
        </Alert>
      );
    }
    return <SuppliersSkeleton />;
  }

  const selected = suppliers.data.find((s) => s.id === selectedId);
  if (!selected) {
    return (
      <p
        data-testid="suppliers-empty"
        className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-5 py-12 text-center text-sm text-slate-500"
      >
        {t('suppliers.empty')}
      </p>
    );
  }

  return (
    <div className="space-y-6">
      <SupplierTabs suppliers={suppliers.data} selectedId={selected.id} onSelect={select} />
      <div
        key={selected.id}
        id={SUPPLIER_PANEL_ID}
        role="tabpanel"
        aria-labelledby={supplierTabId(selected.id)}
        data-testid="supplier-panel"
        data-supplier-id={selected.id}
        className="space-y-6"
      >
        <SupplierOverview supplier={selected} />
        <LatestRun supplierId={selected.id} />
        <CategoryList supplierId={selected.id} supplierName={selected.name} />
      </div>
    </div>
  );
}
