import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { CatalogSearchView } from '@/components/catalog/search/CatalogSearchView';
import { PageHeader } from '@/components/layout/PageHeader';
import { Skeleton } from '@/components/ui/Skeleton';
import { getTranslator } from '@/i18n/server';
import { apiPublicUrl } from '@/lib/api-url';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('catalog.title') };
}

export default async function CatalogPage() {
  const t = await getTranslator();
  return (
    <RequirePermission permission="catalog:read">
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      {/* The query lives in the URL (useSearchParams), which is only known in the browser. */}
      <Suspense fallback={<Skeleton className="h-96 w-full" />}>
        <CatalogSearchView apiUrl={apiPublicUrl()} />
      </Suspense>
    </RequirePermission>
  );
}
