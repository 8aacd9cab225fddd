'use client';

import { useState } from 'react';
import { AccessDenied } from '@/components/auth/AccessDenied';
import { PageHeader } from '@/components/layout/PageHeader';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Skeleton } from '@/components/ui/Skeleton';
import { useFeedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useRoles } from '@/hooks/useRoles';
import { errorMessage, isForbidden } from '@/lib/errors';
import { NewRoleForm } from './NewRoleForm';
import { RoleCard } from './RoleCard';

/** Every role with its permission toggles; create a role; delete a custom one. */
export function RolesView() {
  const t = useT();
  const roles = useRoles();
  const feedback = useFeedback();
  const [creating, setCreating] = useState(false);

  if (isForbidden(roles.error)) return <AccessDenied message={errorMessage(roles.error)} />;

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        subtitle={t('roles.subtitle')}
        action={
          !creating && (
            <Button data-testid="new-role" onClick={() => setCreating(true)}>
              {t('roles.new')}
            </Button>
          )
        }
      />
      {creating && <NewRoleForm feedback={feedback} onDone={() => setCreating(false)} />}
      <div className="mb-4 space-y-3">
        {feedback.error ? (
          <Alert data-testid="roles-error" onDismiss={feedback.clear}>
            {errorMessage(feedback.error)}
          </Alert>
        ) : null}
        {feedback.notice && <Notice data-testid="roles-notice">{feedback.notice}</Notice>}
      </div>
      {roles.data === undefined && roles.isError && (
        <Alert>{t('roles.loadError', { message: errorMessage(roles.error) })}</Alert>
      )}
      {roles.data === undefined && !roles.isError && (
        <div className="space-y-4" aria-busy="true">
          <span className="sr-only">{t('common.loading')}</span>
          <Skeleton className="h-48 w-full rounded-xl" />
          <Skeleton className="h-48 w-full rounded-xl" />
        </div>
      )}
      <div className="space-y-6">
        {roles.data?.map((role) => (
          <RoleCard key={role.id} role={role} feedback={feedback} />
        ))}
      </div>
    </>
  );
}
