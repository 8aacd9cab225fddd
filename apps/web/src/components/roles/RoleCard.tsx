'use client';

import type { Role } from '@syncar/contracts';
import { Badge } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Panel } from '@/components/ui/Panel';
import type { Feedback } from '@/hooks/useFeedback';
import { useFormat, useT } from '@/hooks/useI18n';
import { useDeleteRole, useUpdateRole } from '@/hooks/useRoles';
import { PermissionChecklist } from './PermissionChecklist';
import { usePermissionDraft } from './usePermissionDraft';

/** A role: who holds it, its permissions as toggles (locked for Super Admin), save, and delete if custom. */
export function RoleCard({ role, feedback }: { role: Role; feedback: Feedback }) {
  const t = useT();
  const format = useFormat();
  const draft = usePermissionDraft(role.permissions);
  const update = useUpdateRole(feedback);
  const remove = useDeleteRole(feedback);

  const save = () =>
    update.mutate(
      { id: role.id, permissions: draft.permissions },
      {
        onSuccess: () => {
          draft.reset();
          feedback.succeed(t('roles.saved', { role: role.name }));
        },
      },
    );
  const destroy = () =>
    remove.mutate(
      { id: role.id },
      { onSuccess: () => feedback.succeed(t('roles.deleted', { role: role.name })) },
    );

  return (
    <Panel
      data-testid="role-card"
      data-role-name={role.name}
      aria-labelledby={`role-${role.id}`}
      className="p-5"
    >
      <header className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`role-${role.id}`} className="text-base font-semibold text-slate-900">
              {role.name}
            </h2>
            {role.isSuperAdmin && <Badge tone="info">{t('roles.superAdmin')}</Badge>}
            {role.isSystem && <Badge>{t('roles.system')}</Badge>}
          </div>
          {role.description && <p className="mt-1 text-sm text-slate-600">{role.description}</p>}
        </div>
        <span data-testid="role-user-count" className="text-sm text-slate-500 tabular-nums">
          {t('roles.userCount', { count: format.number(role.userCount) })}
        </span>
      </header>
      {role.isSuperAdmin && <p className="mb-3 text-sm text-slate-500">{t('roles.superAdminLocked')}</p>}
      <PermissionChecklist
        idPrefix={`perm-${role.id}`}
        testIdPrefix={`perm-${role.name}`}
        legend={t('roles.permissionsOf', { role: role.name })}
        selected={draft.selected}
        onToggle={draft.toggle}
        disabled={role.isSuperAdmin || update.isPending}
      />
      {!(role.isSuperAdmin && role.isSystem) && (
        <div className="mt-5 flex flex-wrap gap-3 border-t border-slate-100 pt-4">
          {!role.isSuperAdmin && (
            <Button
              data-testid={`role-save-${role.name}`}
              disabled={!draft.dirty}
              pending={update.isPending}
              onClick={save}
            >
              {t('roles.save')}
            </Button>
          )}
          {draft.dirty && (
            <Button variant="secondary" onClick={draft.reset}>
              {t('common.discard')}
            </Button>
          )}
          {!role.isSystem && (
            <Button
              variant="danger"
              data-testid={`role-delete-${role.name}`}
              pending={remove.isPending}
              onClick={destroy}
              className="ml-auto"
            >
              {t('roles.delete')}
            </Button>
          )}
        </div>
      )}
    </Panel>
  );
}
