import type { Metadata } from 'next';
import { Suspense } from 'react';
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
    <>
      <header className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900">{t('suppliers.title')}</h1>
        <p className="mt-1 text-sm text-slate-600">{t('suppliers.subtitle')}</p>
      </header>
      <Suspense fallback={<SuppliersSkeleton />}>
        <SuppliersView />
      </Suspense>
    </>
  );
}
