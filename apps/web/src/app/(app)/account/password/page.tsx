import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm';
import { PageHeader } from '@/components/layout/PageHeader';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('password.title') };
}

export default async function ChangePasswordPage() {
  const t = await getTranslator();
  return (
    <>
      <PageHeader title={t('password.title')} subtitle={t('password.subtitle')} />
      <ChangePasswordForm />
    </>
  );
}
