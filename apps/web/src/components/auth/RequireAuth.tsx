'use client';

import { type ReactNode, useEffect } from 'react';
import { Alert } from '@/components/ui/Alert';
import { useGoToLogin } from '@/hooks/useGoToLogin';
import { useT } from '@/hooks/useI18n';
import { useMe } from '@/hooks/useMe';
import { errorMessage, isUnauthorized } from '@/lib/errors';
import { SessionSkeleton } from './SessionSkeleton';

/**
 * Renders its children only for a signed-in user. While `auth.me` loads: a skeleton. Not signed in (after the
 * API client's silent refresh failed too): off to `/login?next=<this page>`. The API unreachable: an error.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const t = useT();
  const me = useMe();
  const goToLogin = useGoToLogin();
  const signedOut = me.isError && isUnauthorized(me.error);

  useEffect(() => {
    if (signedOut) goToLogin();
  }, [signedOut, goToLogin]);

  if (me.data) return children;
  if (me.isError && !signedOut) {
    return (
      <Alert
        data-testid="session-error"
        action={
          <button
            type="button"
            onClick={() => void me.refetch()}
            className="rounded-md bg-white px-3 py-1.5 text-sm font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-100"
          >
            {t('common.retry')}
          </button>
        }
      >
        {t('session.loadError', { message: errorMessage(me.error) })}
      </Alert>
    );
  }
  return <SessionSkeleton />;
}
