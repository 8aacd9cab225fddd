'use client';

import { AccessDenied } from '@/components/auth/AccessDenied';
import { Alert } from '@/components/ui/Alert';
import { useT } from '@/hooks/useI18n';
import { useSelectedSupplier } from '@/hooks/useSelectedSupplier';
import { useSuppliers } from '@/hooks/useSuppliers';
import { errorMessage, isForbidden } from '@/lib/errors';
import { SupplierPanel } from './SupplierPanel';
import { SuppliersSkeleton } from './SuppliersSkeleton';
import { SupplierTabs } from './SupplierTabs';

/** Supplier tabs and the selected supplier's panel (which starts afresh for each supplier). */
export function SuppliersView() {
  const t = useT();
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
      <SupplierPanel key={selected.id} supplier={selected} />
    </div>
  );
}
