import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { PageHeader } from '@/components/layout/PageHeader';
import { SuppliersSkeleton } from '@/components/suppliers/SuppliersSkeleton';
import { SuppliersView } from '@/components/suppliers/SuppliersView';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('suppliers.title') };
}

export default async function SuppliersPage() {
  const t = await getTranslator();
  return (
    <RequirePermission permission="catalog:read">
      <PageHeader title={t('suppliers.title')} subtitle={t('suppliers.subtitle')} />
      <Suspense fallback={<SuppliersSkeleton />}>
        <SuppliersView />
      </Suspense>
    </RequirePermission>
  );
}
