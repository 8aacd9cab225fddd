'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Panel } from '@/components/ui/Panel';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useCreateRole } from '@/hooks/useRoles';
import { PermissionChecklist } from './PermissionChecklist';
import { usePermissionDraft } from './usePermissionDraft';

const NONE: readonly never[] = [];

/** Name, description and permissions of a new role. */
export function NewRoleForm({ feedback, onDone }: { feedback: Feedback; onDone: () => void }) {
  const t = useT();
  const create = useCreateRole(feedback);
  const draft = usePermissionDraft(NONE);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name, description, permissions: draft.permissions },
      {
        onSuccess: (role) => {
          feedback.succeed(t('roles.created', { role: role.name }));
          onDone();
        },
      },
    );
  };

  return (
    <Panel aria-labelledby="new-role-title" className="mb-6 p-5">
      <h2 id="new-role-title" className="mb-4 text-base font-semibold text-slate-900">
        {t('roles.new')}
      </h2>
      <form data-testid="new-role-form" onSubmit={onSubmit} className="space-y-5">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_2fr]">
          <Field htmlFor="new-role-name" label={t('roles.form.name')}>
            <input
              id="new-role-name"
              required
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
              className={INPUT_CLASS}
            />
          </Field>
          <Field htmlFor="new-role-description" label={t('roles.form.description')}>
            <input
              id="new-role-description"
              autoComplete="off"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              className={INPUT_CLASS}
            />
          </Field>
        </div>
        <PermissionChecklist
          idPrefix="new-role-perm"
          testIdPrefix="new-role-perm"
          legend={t('roles.permissions')}
          selected={draft.selected}
          onToggle={draft.toggle}
        />
        <div className="flex gap-3">
          <Button type="submit" data-testid="new-role-submit" pending={create.isPending}>
            {t('roles.form.submit')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
