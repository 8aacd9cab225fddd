'use client';

import type { CatalogProduct } from '@syncar/contracts';
import { Panel } from '@/components/ui/Panel';
import { useFormat, useT } from '@/hooks/useI18n';
import { AvailabilityBadge } from './AvailabilityBadge';

/** Price, stock and availability at a glance, where the product comes from, and the way to the supplier's page. */
export function ProductSummary({ product }: { product: CatalogProduct }) {
  const t = useT();
  const format = useFormat();
  return (
    <Panel data-testid="product-summary" className="space-y-4 p-5">
      {product.missingSince && (
        <p
          role="status"
          data-testid="product-missing"
          className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t('product.missing', { date: format.dateTime(product.missingSince) })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <p data-testid="product-price" className="text-3xl font-bold tracking-tight text-slate-900">
          {product.priceClp === null ? t('product.noPrice') : format.clp(product.priceClp)}
        </p>
        <AvailabilityBadge availability={product.availability} />
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-slate-500">{t('product.stock')}</dt>
        <dd data-testid="product-stock">
          {product.stock === null ? t('common.none') : format.number(product.stock)}
        </dd>
        {product.availableFrom && (
          <>
            <dt className="text-slate-500">{t('product.availableFrom')}</dt>
            <dd>{product.availableFrom}</dd>
          </>
        )}
        <dt className="text-slate-500">{t('product.supplier')}</dt>
        <dd data-testid="product-supplier">{product.supplier.name}</dd>
        <dt className="text-slate-500">{t('product.category')}</dt>
        <dd>{product.category?.name ?? t('common.none')}</dd>
        <dt className="text-slate-500">{t('product.firstSeen')}</dt>
        <dd>{format.dateTime(product.firstSeenAt)}</dd>
        <dt className="text-slate-500">{t('product.lastSeen')}</dt>
        <dd>{format.dateTime(product.lastSeenAt)}</dd>
      </dl>
      {product.url && (
        <a
          data-testid="supplier-link"
          href={product.url}
          target="_blank"
          rel="noopener noreferrer"
          className="inline-flex items-center gap-1.5 text-sm font-semibold text-sky-700 hover:text-sky-900 hover:underline"
        >
          {t('product.supplierLink')}
          <span className="sr-only"> {t('common.opensInNewTab')}</span>
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M11 3a1 1 0 1 0 0 2h2.59l-6.3 6.29a1 1 0 1 0 1.42 1.42L15 6.41V9a1 1 0 1 0 2 0V4a1 1 0 0 0-1-1h-5Z" />
            <path d="M5 5a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2v-3a1 1 0 1 0-2 0v3H5V7h3a1 1 0 0 0 0-2H5Z" />
          </svg>
        </a>
      )}
    </Panel>
  );
}
