'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useCan, useMe } from '@/hooks/useMe';
import { NAV_ITEMS } from './nav-items';

/** The pages the signed-in user's role may open; nothing else is listed. */
export function MainNav({ className = '' }: { className?: string }) {
  const t = useT();
  const pathname = usePathname();
  const me = useMe();
  const can = useCan();

  if (!me.data) {
    return (
      <div aria-hidden="true" className={`flex gap-2 md:flex-col ${className}`}>
        <Skeleton className="h-8 w-28 bg-slate-800" />
        <Skeleton className="h-8 w-24 bg-slate-800" />
      </div>
    );
  }

  const matches = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  // The most specific item wins: /catalog/compare is "Comparar" alone, not "Catálogo" too.
  const activeHref = NAV_ITEMS.map((item) => item.href)
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];

  return (
    <nav aria-label={t('nav.label')} className={className}>
      <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 md:mx-0 md:flex-col md:overflow-visible md:px-0">
        {NAV_ITEMS.filter((item) => can(item.permission)).map((item) => {
          const active = item.href === activeHref;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                data-testid={`nav-${item.name}`}
                aria-current={active ? 'page' : undefined}
                className={`flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-sky-400 ${
                  active ? 'bg-slate-800 text-white' : 'text-slate-300 hover:bg-slate-800/60 hover:text-white'
                }`}
              >
                {item.icon}
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
