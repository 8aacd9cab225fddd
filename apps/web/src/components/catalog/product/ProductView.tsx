'use client';

import { AccessDenied } from '@/components/auth/AccessDenied';
import { DeleteProductButton } from '@/components/catalog/delete/DeleteProductButton';
import { PageHeader } from '@/components/layout/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useProduct } from '@/hooks/useProduct';
import { errorCode, errorMessage, isForbidden } from '@/lib/errors';
import { FitmentTable } from './FitmentTable';
import { PriceHistory } from './PriceHistory';
import { ProductGallery } from './ProductGallery';
import { ProductSpecs } from './ProductSpecs';
import { ProductSummary } from './ProductSummary';
import { SamePartsPanel } from './SamePartsPanel';

/** The product page: gallery and facts, specs and fitments, the history chart, and other suppliers' offers. */
export function ProductView({ id, apiUrl }: { id: string; apiUrl: string }) {
  const t = useT();
  const product = useProduct(id);

  if (product.data === undefined) {
    if (isForbidden(product.error)) return <AccessDenied message={errorMessage(product.error)} />;
    if (product.isError) {
      // A malformed id in the address is as unknown as a deleted product.
      const unknown = ['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(product.error) ?? '');
      return (
        <Alert data-testid="product-error" title={unknown ? t('product.notFound') : undefined}>
          {unknown
            ? t('product.notFoundHint')
            : t('product.loadError', { message: errorMessage(product.error) })}
        </Alert>
      );
    }
    return (
      <div className="space-y-6" aria-busy="true">
        <span className="sr-only">{t('common.loading')}</span>
        <Skeleton className="h-9 w-2/3" />
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <Skeleton className="aspect-square w-full" />
          <Skeleton className="h-64 w-full" />
        </div>
      </div>
    );
  }

  const p = product.data;
  return (
    <div className="space-y-6">
      <PageHeader
        title={p.name}
        subtitle={[p.brand, t('product.skuLabel', { sku: p.sku }), p.supplier.name]
          .filter(Boolean)
          .join(' · ')}
        action={<DeleteProductButton productId={p.id} name={p.name} />}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <ProductGallery name={p.name} images={p.images} apiUrl={apiUrl} />
        <div className="space-y-6">
          <ProductSummary product={p} />
          <ProductSpecs product={p} />
        </div>
      </div>
      <PriceHistory productId={p.id} />
      <SamePartsPanel productId={p.id} productName={p.name} />
      <FitmentTable name={p.name} fitments={p.fitments} />
    </div>
  );
}
