'use client';

import { useEffect } from 'react';
import { onSessionExpired } from '@/lib/session-events';
import { useGoToLogin } from './useGoToLogin';

/** When the API client reports the session is over (its silent refresh was refused), go to the login page. */
export function useSessionExpiredRedirect() {
  const goToLogin = useGoToLogin();
  useEffect(() => onSessionExpired(goToLogin), [goToLogin]);
}
