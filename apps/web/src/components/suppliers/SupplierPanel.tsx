'use client';

import type { Supplier } from '@syncar/contracts';
import { CategoryList } from '@/components/categories/CategoryList';
import { LatestRun } from '@/components/imports/LatestRun';
import { RunHistory } from '@/components/imports/RunHistory';
import { useCan } from '@/hooks/useMe';
import { useStartImport } from '@/hooks/useStartImport';
import { SupplierCredentials } from './SupplierCredentials';
import { SupplierOverview } from './SupplierOverview';
import { SupplierSettings } from './SupplierSettings';
import { SUPPLIER_PANEL_ID, supplierTabId } from './SupplierTabs';

/**
 * One supplier: its overview, its latest import (live) and import history (for roles that may read imports), its
 * categories (selectable for a products import, for roles that may run imports), its sync settings (editable by
 * roles that manage suppliers) and its portal credentials (for roles that manage suppliers). Both import buttons
 * share one `imports.start`, so one error shows at a time.
 */
export function SupplierPanel({ supplier }: { supplier: Supplier }) {
  const can = useCan();
  const importer = useStartImport(supplier.id);
  return (
    <div
      id={SUPPLIER_PANEL_ID}
      role="tabpanel"
      aria-labelledby={supplierTabId(supplier.id)}
      data-testid="supplier-panel"
      data-supplier-id={supplier.id}
      className="space-y-6"
    >
      <SupplierOverview supplier={supplier} importer={importer} />
      {can('imports:read') && <LatestRun supplierId={supplier.id} />}
      <CategoryList supplierId={supplier.id} supplierName={supplier.name} importer={importer} />
      {can('imports:read') && <RunHistory supplierId={supplier.id} supplierName={supplier.name} />}
      <SupplierSettings supplierId={supplier.id} />
      {can('suppliers:manage') && <SupplierCredentials supplier={supplier} />}
    </div>
  );
}
