'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useT } from '@/hooks/useI18n';
import type { MessageKey } from '@/i18n/messages';
import { SuppliersIcon } from './icons';

interface NavItem {
  href: string;
  label: MessageKey;
  icon: ReactNode;
}

/** Pages that exist. Catalog, schedules, queues and users join this list as they are built. */
const NAV_ITEMS: readonly NavItem[] = [
  { href: '/suppliers', label: 'nav.suppliers', icon: <SuppliersIcon /> },
];

export function MainNav({ className = '' }: { className?: string }) {
  const t = useT();
  const pathname = usePathname();
  return (
    <nav aria-label={t('nav.label')} className={className}>
      <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 md:mx-0 md:flex-col md:overflow-visible md:px-0">
        {NAV_ITEMS.map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
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
