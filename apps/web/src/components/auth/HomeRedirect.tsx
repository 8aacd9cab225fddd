'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { SessionSkeleton } from './SessionSkeleton';

/** `/` opens the first page the user's role may see; a role that may see none is told so. */
export function HomeRedirect() {
  const t = useT();
  const can = useCan();
  const router = useRouter();
  const target = NAV_ITEMS.find((item) => can(item.permission))?.href;

  useEffect(() => {
    if (target) router.replace(target);
  }, [target, router]);

  if (target) return <SessionSkeleton />;
  return (
    <p
      data-testid="no-sections"
      className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-5 py-12 text-center text-sm text-slate-600"
    >
      {t('home.noSections')}
    </p>
  );
}
