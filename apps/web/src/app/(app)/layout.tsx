import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/AppShell';

/** Every page but the login page: inside the shell, for signed-in users only. */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
