import type { Metadata } from 'next';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { RolesView } from '@/components/roles/RolesView';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('roles.title') };
}

export default function RolesPage() {
  return (
    <RequirePermission permission="users:manage">
      <RolesView />
    </RequirePermission>
  );
}
