import type { Metadata } from 'next';
import { Suspense } from 'react';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { CompareView } from '@/components/catalog/compare/CompareView';
import { PageHeader } from '@/components/layout/PageHeader';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('compare.title') };
}

export default async function ComparePage() {
  const t = await getTranslator();
  return (
    <RequirePermission permission="catalog:read">
      <PageHeader title={t('compare.title')} subtitle={t('compare.subtitle')} />
      {/* The search box reads the address (?q=): rendered on the client. */}
      <Suspense>
        <CompareView />
      </Suspense>
    </RequirePermission>
  );
}
