import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { Providers } from '@/components/Providers';
import { createTranslator } from '@/i18n/messages';
import { getLocale } from '@/i18n/server';
import { apiPublicUrl } from '@/lib/api-url';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = createTranslator(await getLocale());
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.description'),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request: the API URL comes from the server's environment at run time, never from the build.
  await connection();
  const apiUrl = apiPublicUrl();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-slate-100 font-sans text-slate-900 antialiased">
        <Providers apiUrl={apiUrl} locale={locale}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
