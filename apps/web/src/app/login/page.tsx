import type { Metadata } from 'next';
import { LoginView } from '@/components/auth/LoginView';
import { getTranslator } from '@/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('login.title') };
}

/** Outside the shell: the only page for visitors who are not signed in. */
export default function LoginPage() {
  return <LoginView />;
}
