'use client';

import type { SupplierSummary } from '@syncar/contracts';
import { RunStatusBadge } from '@/components/imports/RunStatusBadge';
import { Panel } from '@/components/ui/Panel';
import { useFormat, useT } from '@/hooks/useI18n';

const NUMBER_CELL = 'px-3 py-2 text-right tabular-nums';

/** Each supplier's products, stock and missing ones, and how its last sync went. */
export function SupplierTable({ suppliers }: { suppliers: readonly SupplierSummary[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <Panel className="overflow-hidden">
      <h2 className="border-b border-slate-200 px-5 py-3 text-base font-semibold text-slate-900">
        {t('dashboard.suppliers.title')}
      </h2>
      <div className="overflow-x-auto">
        <table data-testid="dashboard-suppliers" className="min-w-full divide-y divide-slate-200 text-sm">
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-2.5 pr-3 pl-5">
                {t('dashboard.col.supplier')}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t('dashboard.col.products')}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t('dashboard.col.inStock')}
              </th>
              <th scope="col" className="px-3 py-2.5 text-right">
                {t('dashboard.col.missing')}
              </th>
              <th scope="col" className="py-2.5 pr-5 pl-3">
                {t('dashboard.col.lastSync')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {suppliers.map((supplier) => (
              <tr key={supplier.supplierId} data-testid="dashboard-supplier" data-supplier={supplier.name}>
                <th scope="row" className="py-2 pr-3 pl-5 text-left font-medium text-slate-900">
                  {supplier.name}
                </th>
                <td data-testid="dashboard-supplier-products" className={NUMBER_CELL}>
                  {format.number(supplier.products)}
                </td>
                <td className={NUMBER_CELL}>{format.number(supplier.inStock)}</td>
                <td className={NUMBER_CELL}>{format.number(supplier.missing)}</td>
                <td className="py-2 pr-5 pl-3">
                  {supplier.lastRun ? (
                    <div className="flex flex-wrap items-center gap-2">
                      <RunStatusBadge status={supplier.lastRun.status} testId="dashboard-last-run" />
                      <span className="text-slate-600">
                        {t(`dashboard.lastSync.${supplier.lastRun.kind}`, {
                          time: format.dateTime(supplier.lastRun.finishedAt ?? supplier.lastRun.createdAt),
                        })}
                      </span>
                      {supplier.lastRun.reason && supplier.lastRun.status === 'failed' && (
                        <span className="basis-full text-xs text-red-700">{supplier.lastRun.reason}</span>
                      )}
                    </div>
                  ) : (
                    <span className="text-slate-500">{t('dashboard.lastSync.none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
