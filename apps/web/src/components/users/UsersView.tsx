'use client';

import { useState } from 'react';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { PageHeader } from '@/components/layout/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useDebouncedValue } from '@/hooks/useDebouncedValue';
import { useFeedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useMe } from '@/hooks/useMe';
import { useRoles } from '@/hooks/useRoles';
import { useUsers } from '@/hooks/useUsers';
import { errorMessage, isForbidden } from '@/lib/errors';
import { NewUserForm } from './NewUserForm';
import { UserSearch } from './UserSearch';
import { UsersTable } from './UsersTable';

/** Users, searchable and paged; create one, change roles, (de)activate, reset passwords. */
export function UsersView() {
  const t = useT();
  const { data: me } = useMe();
  const [search, setSearch] = useState('');
  const users = useUsers(useDebouncedValue(search.trim()));
  const roles = useRoles();
  const feedback = useFeedback();
  const [creating, setCreating] = useState(false);

  if (isForbidden(users.error)) return <AccessDenied message={errorMessage(users.error)} />;
  const items = users.data?.pages.flatMap((page) => page.items);

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        action={
          !creating && (
            <Button data-testid="new-user" onClick={() => setCreating(true)}>
              {t('users.new')}
            </Button>
          )
        }
      />
      {creating && (
        <NewUserForm roles={roles.data ?? []} feedback={feedback} onDone={() => setCreating(false)} />
      )}
      <div className="mb-4 space-y-3">
        {feedback.error ? (
          <Alert data-testid="users-error" onDismiss={feedback.clear}>
            {errorMessage(feedback.error)}
          </Alert>
        ) : null}
        {feedback.notice && <Notice data-testid="users-notice">{feedback.notice}</Notice>}
      </div>
      <Panel aria-label={t('users.caption')} className="overflow-hidden">
        <div className="border-b border-slate-200 px-5 py-4">
          <UserSearch value={search} onChange={setSearch} />
        </div>
        {users.isError && (
          <div className="p-5">
            <Alert>{t('users.loadError', { message: errorMessage(users.error) })}</Alert>
          </div>
        )}
        {!items && !users.isError && (
          <div className="space-y-4 px-5 py-4" aria-busy="true">
            <span className="sr-only">{t('common.loading')}</span>
            <Skeleton className="h-5 w-full" />
            <Skeleton className="h-5 w-full" />
            <Skeleton className="h-5 w-2/3" />
          </div>
        )}
        {items?.length === 0 && (
          <p data-testid="users-empty" className="px-5 py-10 text-center text-sm text-slate-500">
            {t('users.empty')}
          </p>
        )}
        {items && items.length > 0 && (
          <UsersTable users={items} roles={roles.data ?? []} meId={me?.id} feedback={feedback} />
        )}
        {users.hasNextPage && (
          <div className="border-t border-slate-200 px-5 py-3 text-center">
            <Button
              variant="secondary"
              data-testid="users-load-more"
              pending={users.isFetchingNextPage}
              onClick={() => void users.fetchNextPage()}
            >
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </Panel>
    </>
  );
}
