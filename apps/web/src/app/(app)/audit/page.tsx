import type { Metadata } from 'next';
import { AuditView } from '@/components/audit/AuditView';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { PageHeader } from '@/components/layout/PageHeader';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('audit.title') };
}

export default async function AuditPage() {
  const t = await getTranslator();
  return (
    <RequirePermission permission="audit:read">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <AuditView />
    </RequirePermission>
  );
}
