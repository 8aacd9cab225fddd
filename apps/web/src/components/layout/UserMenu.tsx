'use client';

import Link from 'next/link';
import { Spinner } from '@/components/ui/Spinner';
import { useT } from '@/hooks/useI18n';
import { useLogout } from '@/hooks/useLogout';
import { useMe } from '@/hooks/useMe';
import { errorMessage } from '@/lib/errors';

const LINK_CLASS =
  'rounded-md px-2 py-1 text-xs font-medium text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-sky-400 disabled:cursor-wait disabled:opacity-70';

/** Who is signed in and with which role; change password; sign out. */
export function UserMenu({ className = '' }: { className?: string }) {
  const t = useT();
  const { data: me } = useMe();
  const { logout, pending, error } = useLogout();
  if (!me) return null;

  return (
    <section aria-label={t('session.label')} data-testid="user-menu" className={`min-w-0 ${className}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 md:block md:px-2">
        <p data-testid="user-name" className="truncate text-sm font-semibold text-white">
          {me.displayName || me.username}
        </p>
        <p data-testid="user-role" className="truncate text-xs text-slate-400">
          {me.role.name}
        </p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-1 md:-mx-0">
        <Link href="/account/password" data-testid="change-password-link" className={LINK_CLASS}>
          {t('session.changePassword')}
        </Link>
        <Link href="/account/api-tokens" data-testid="api-tokens-link" className={LINK_CLASS}>
          {t('apiTokens.menuLink')}
        </Link>
        <button
          type="button"
          data-testid="logout"
          onClick={logout}
          disabled={pending}
          aria-busy={pending}
          className={`inline-flex items-center gap-1.5 ${LINK_CLASS}`}
        >
          {pending && <Spinner className="size-3" />}
          {t('session.signOut')}
          {pending && <span className="sr-only">{t('session.signingOut')}</span>}
        </button>
      </div>
      {error && (
        <p role="alert" data-testid="logout-error" className="mt-1 px-2 text-xs text-red-300">
          {t('session.signOutError', { message: errorMessage(error) })}
        </p>
      )}
    </section>
  );
}
