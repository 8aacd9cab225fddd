'use client';

import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Brand } from '@/components/layout/Brand';
import { LanguageSwitch } from '@/components/layout/LanguageSwitch';
import { useT } from '@/hooks/useI18n';
import { LoginForm } from './LoginForm';

/** The sign-in card. Arriving here drops whatever a previous session left in the query cache. */
export function LoginView() {
  const t = useT();
  const queryClient = useQueryClient();
  useEffect(() => queryClient.clear(), [queryClient]);

  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm overflow-hidden rounded-2xl bg-white shadow-lg ring-1 ring-slate-200">
        <div className="flex items-center justify-between gap-4 bg-slate-900 px-6 py-5">
          <Brand />
          <LanguageSwitch />
        </div>
        <div className="px-6 py-6">
          <h1 className="text-xl font-bold tracking-tight text-slate-900">{t('login.title')}</h1>
          <p className="mt-1 mb-6 text-sm text-slate-600">{t('login.subtitle')}</p>
          <Suspense>
            <LoginForm />
          </Suspense>
        </div>
      </div>
    </main>
  );
}
