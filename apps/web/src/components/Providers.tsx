'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useSessionExpiredRedirect } from '@/hooks/useSessionExpiredRedirect';
import { I18nProvider } from '@/i18n/I18nProvider';
import type { Locale } from '@/i18n/messages';
import { getQueryClient } from '@/lib/query-client';
import { notifySessionExpired } from '@/lib/session-events';
import { TRPCProvider } from '@/lib/trpc';
import { createApiClient } from '@/lib/trpc-client';

interface ProvidersProps {
  /** The API's public URL, read from the environment on the server at request time. */
  apiUrl: string;
  locale: Locale;
  children: ReactNode;
}

/** Goes to the login page (keeping the current page as `next`) when the session can no longer be refreshed. */
function SessionExpiredRedirect() {
  useSessionExpiredRedirect();
  return null;
}

export function Providers({ apiUrl, locale, children }: ProvidersProps) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() => createApiClient(apiUrl, { onSessionExpired: notifySessionExpired }));
  return (
    <I18nProvider locale={locale}>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <SessionExpiredRedirect />
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
