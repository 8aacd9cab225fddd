import type { Metadata } from 'next';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { DashboardView } from '@/components/dashboard/DashboardView';
import { PageHeader } from '@/components/layout/PageHeader';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('dashboard.title') };
}

export default async function DashboardPage() {
  const t = await getTranslator();
  return (
    <RequirePermission permission="catalog:read">
      <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />
      <DashboardView />
    </RequirePermission>
  );
}
