'use client';

import type { Role } from '@syncar/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Panel } from '@/components/ui/Panel';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useCreateUser } from '@/hooks/useUsers';
import { RoleSelect } from './RoleSelect';

const EMPTY = { username: '', email: '', displayName: '', roleId: '', password: '' };
type Values = typeof EMPTY;

interface NewUserFormProps {
  roles: readonly Role[];
  feedback: Feedback;
  onDone: () => void;
}

/** Username, email, display name, role and an initial password the admin hands over. */
export function NewUserForm({ roles, feedback, onDone }: NewUserFormProps) {
  const t = useT();
  const create = useCreateUser(feedback);
  const [values, setValues] = useState<Values>(EMPTY);
  const set = (field: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(values, {
      onSuccess: (user) => {
        feedback.succeed(t('users.created', { user: user.username }));
        onDone();
      },
    });
  };

  const text = (field: keyof Values, label: string, type = 'text', autoComplete = 'off') => (
    <Field htmlFor={`new-user-${field}`} label={label}>
      <input
        id={`new-user-${field}`}
        type={type}
        autoComplete={autoComplete}
        required={field !== 'displayName'}
        value={values[field]}
        onChange={(event) => set(field)(event.target.value)}
        className={INPUT_CLASS}
      />
    </Field>
  );

  return (
    <Panel aria-labelledby="new-user-title" className="mb-6 p-5">
      <h2 id="new-user-title" className="mb-4 text-base font-semibold text-slate-900">
        {t('users.new')}
      </h2>
      <form data-testid="new-user-form" onSubmit={onSubmit} className="space-y-4">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {text('username', t('users.form.username'))}
          {text('email', t('users.form.email'), 'email')}
          {text('displayName', t('users.form.displayName'))}
          <Field htmlFor="new-user-role" label={t('users.form.role')}>
            <RoleSelect
              id="new-user-role"
              required
              roles={roles}
              placeholder={t('users.form.chooseRole')}
              value={values.roleId}
              onChange={(event) => set('roleId')(event.target.value)}
            />
          </Field>
          <Field
            htmlFor="new-user-password"
            label={t('users.form.password')}
            hint={t('users.form.passwordHint')}
          >
            <input
              id="new-user-password"
              type="password"
              autoComplete="new-password"
              required
              aria-describedby="new-user-password-hint"
              value={values.password}
              onChange={(event) => set('password')(event.target.value)}
              className={INPUT_CLASS}
            />
          </Field>
        </div>
        <div className="flex gap-3">
          <Button type="submit" data-testid="new-user-submit" pending={create.isPending}>
            {t('users.form.submit')}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
