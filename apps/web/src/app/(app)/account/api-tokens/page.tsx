import type { Metadata } from 'next';
import { ApiTokensView } from '@/components/api-tokens/ApiTokensView';
import { getTranslator } from '@/i18n/server';
import { apiPublicUrl } from '@/lib/api-url';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator();
  return { title: t('apiTokens.title') };
}

export default function ApiTokensPage() {
  return <ApiTokensView docsUrl={`${apiPublicUrl()}/api/docs`} />;
}
