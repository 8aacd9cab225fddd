'use client';

import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { currentLocation, isLoginPath, loginHref } from '@/lib/navigation';

/** Sends the browser to the login page, which brings it back to the current page (path and query) afterwards. */
export function useGoToLogin() {
  const router = useRouter();
  return useCallback(() => {
    if (isLoginPath(window.location.pathname)) return;
    router.replace(loginHref(currentLocation()));
  }, [router]);
}
