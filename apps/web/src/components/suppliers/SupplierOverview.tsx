'use client';

import type { Supplier } from '@syncar/contracts';
import { ImportCategoriesButton } from '@/components/imports/ImportCategoriesButton';
import { ImportError } from '@/components/imports/ImportError';
import { Badge } from '@/components/ui/Badge';
import { useFormat, useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import type { Importer } from '@/hooks/useStartImport';

/** The supplier's portal, its state, and (for roles that may run imports) the button that starts one. */
export function SupplierOverview({ supplier, importer }: { supplier: Supplier; importer: Importer }) {
  const t = useT();
  const format = useFormat();
  const can = useCan();

  return (
    <section
      aria-labelledby="supplier-name"
      className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2
              id="supplier-name"
              data-testid="supplier-name"
              className="text-xl font-semibold text-slate-900"
            >
              {supplier.name}
            </h2>
            {!supplier.credentialsSet && (
              <Badge
                tone="warning"
                data-testid="credentials-missing"
                title={t('supplier.credentialsMissingHint')}
              >
                {t('supplier.credentialsMissing')}
              </Badge>
            )}
            {!supplier.enabled && <Badge data-testid="supplier-disabled">{t('supplier.disabled')}</Badge>}
          </div>
          <p className="flex min-w-0 items-baseline gap-2 text-sm text-slate-600">
            <span className="shrink-0 text-slate-500">{t('supplier.baseUrl')}:</span>
            <a
              href={supplier.baseUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="supplier-base-url"
              className="truncate font-mono text-sky-700 underline-offset-2 hover:underline"
            >
              {supplier.baseUrl}
              <span className="sr-only"> {t('common.opensInNewTab')}</span>
            </a>
          </p>
        </div>
        {can('imports:run') && (
          <ImportCategoriesButton
            pending={importer.pending && importer.kind === 'categories'}
            onClick={importer.startCategories}
          />
        )}
      </div>

      {importer.error && importer.kind === 'categories' && (
        <div className="mt-4">
          <ImportError importer={importer} kind="categories" />
        </div>
      )}

      <dl className="mt-5 grid grid-cols-1 gap-4 border-t border-slate-100 pt-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs font-medium text-slate-500">{t('supplier.connector')}</dt>
          <dd className="font-medium text-slate-900">{supplier.connector}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-500">{t('supplier.categoryCount')}</dt>
          <dd data-testid="supplier-category-count" className="font-medium text-slate-900 tabular-nums">
            {format.number(supplier.categoryCount)}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-500">{t('supplier.lastSync')}</dt>
          <dd className="font-medium text-slate-900">
            {supplier.lastCategoriesSyncAt
              ? format.dateTime(supplier.lastCategoriesSyncAt)
              : t('supplier.never')}
          </dd>
        </div>
      </dl>
    </section>
  );
}
