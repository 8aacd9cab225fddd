'use client';

import type { ReactNode } from 'react';
import { RequireAuth } from '@/components/auth/RequireAuth';
import { ActiveRuns } from '@/components/imports/ActiveRuns';
import { useT } from '@/hooks/useI18n';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { UserMenu } from './UserMenu';

/**
 * Sidebar on wide screens, a top bar on narrow ones; the page goes in `main`, behind the sign-in gate. The
 * frame shows at once; the menu, the imports under way and the page fill in once the session is known.
 */
export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-900 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
      >
        {t('a11y.skipToContent')}
      </a>
      <aside className="bg-slate-900 text-slate-300 md:w-60 md:shrink-0">
        <div className="grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-3 px-4 py-3 md:sticky md:top-0 md:flex md:h-dvh md:flex-col md:items-stretch md:gap-8 md:px-4 md:py-6">
          <Brand />
          <MainNav className="col-span-2 row-start-2" />
          <ActiveRuns className="col-span-2" />
          <UserMenu className="col-span-2 border-t border-slate-800 pt-3 md:mt-auto md:pt-4" />
          <LanguageSwitch className="col-start-2 row-start-1" />
        </div>
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
        <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 md:px-8 md:py-10">
          <RequireAuth>{children}</RequireAuth>
        </div>
      </main>
    </div>
  );
}
