'use client';

import type { Permission } from '@syncar/contracts';
import type { ReactNode } from 'react';
import { useCan } from '@/hooks/useMe';
import { AccessDenied } from './AccessDenied';

/** The page's content only for a role holding `permission`; "Acceso denegado" for anyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <AccessDenied />;
}
