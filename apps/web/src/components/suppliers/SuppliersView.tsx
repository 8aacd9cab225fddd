'use client';

import { AccessDenied } from '@/components/auth/AccessDenied';
import { CategoryList } from '@/components/categories/CategoryList';
import { LatestRun } from '@/components/imports/LatestRun';
import { RunHistory } from '@/components/imports/RunHistory';
import { Alert } from '@/components/ui/Alert';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { useSelectedSupplier } from '@/hooks/useSelectedSupplier';
import { useSuppliers } from '@/hooks/useSuppliers';
import { errorMessage, isForbidden } from '@/lib/errors';
import { SupplierCredentials } from './SupplierCredentials';
import { SupplierOverview } from './SupplierOverview';
import { SuppliersSkeleton } from './SuppliersSkeleton';
import { SUPPLIER_PANEL_ID, SupplierTabs, supplierTabId } from './SupplierTabs';

/**
 * Supplier tabs and, for the selected one: its overview, its latest import (live) and import history (for roles
 * that may read imports), its categories, and its portal credentials (for roles that manage suppliers).
 */
export function SuppliersView() {
  const t = useT();
  const can = useCan();
  const suppliers = useSuppliers();
  const { selectedId, select } = useSelectedSupplier(suppliers.data?.map((s) => s.id) ?? []);

  if (suppliers.data === undefined) {
    if (isForbidden(suppliers.error)) return <AccessDenied message={errorMessage(suppliers.error)} />;
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
        {can('imports:read') && <LatestRun supplierId={selected.id} />}
        <CategoryList supplierId={selected.id} supplierName={selected.name} />
        {can('imports:read') && <RunHistory supplierId={selected.id} supplierName={selected.name} />}
        {can('suppliers:manage') && <SupplierCredentials supplier={selected} />}
      </div>
    </div>
  );
}
