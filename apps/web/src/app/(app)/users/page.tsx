import type { Metadata } from 'next';
import { RequirePermission } from '@/components/auth/RequirePermission';
import { UsersView } from '@/components/users/UsersView';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('users.title') };
}

export default function UsersPage() {
  return (
    <RequirePermission permission="users:manage">
      <UsersView />
    </RequirePermission>
  );
}
