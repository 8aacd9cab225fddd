import type { Permission } from '@syncar/contracts';
import type { ReactNode } from 'react';
import { CatalogIcon } from '@/components/catalog/search/CatalogIcon';
import { DashboardIcon } from '@/components/dashboard/DashboardIcon';
import type { MessageKey } from '@/i18n/messages';
import { AuditIcon, CompareIcon, RolesIcon, SuppliersIcon, UsersIcon } from './icons';

export interface NavItem {
  /** `nav-<name>` is the link's test id. */
  name: string;
  href: string;
  label: MessageKey;
  /** The link shows only to roles holding it; the page itself checks it too. */
  permission: Permission;
  icon: ReactNode;
}

/** Pages that exist, in menu order. The first one a role may see is its home page. */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    name: 'catalog',
    href: '/catalog',
    label: 'nav.catalog',
    permission: 'catalog:read',
    icon: <CatalogIcon />,
  },
  {
    name: 'dashboard',
    href: '/dashboard',
    label: 'nav.dashboard',
    permission: 'catalog:read',
    icon: <DashboardIcon />,
  },
  {
    name: 'compare',
    href: '/catalog/compare',
    label: 'nav.compare',
    permission: 'catalog:read',
    icon: <CompareIcon />,
  },
  {
    name: 'suppliers',
    href: '/suppliers',
    label: 'nav.suppliers',
    permission: 'catalog:read',
    icon: <SuppliersIcon />,
  },
  { name: 'users', href: '/users', label: 'nav.users', permission: 'users:manage', icon: <UsersIcon /> },
  { name: 'roles', href: '/roles', label: 'nav.roles', permission: 'users:manage', icon: <RolesIcon /> },
  { name: 'audit', href: '/audit', label: 'nav.audit', permission: 'audit:read', icon: <AuditIcon /> },
];
