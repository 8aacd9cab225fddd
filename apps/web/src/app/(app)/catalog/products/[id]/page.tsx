import type { Metadata } from 'next';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { ProductView } from '@/components/catalog/product/ProductView';
import { getTranslator } from '@/i18n/server';
import { apiPublicUrl } from '@/lib/api-url';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('product.title') };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="catalog:read">
      <ProductView key={id} id={id} apiUrl={apiPublicUrl()} />
    </RequirePermission>
  );
}
