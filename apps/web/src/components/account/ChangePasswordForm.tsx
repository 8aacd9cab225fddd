'use client';

import { type FormEvent, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { Panel } from '@/components/ui/Panel';
import { useChangePassword } from '@/hooks/useChangePassword';
import { useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';

const MIN_LENGTH = 12;
const EMPTY = { current: '', next: '', confirm: '' };
type Values = typeof EMPTY;

/** Current password, new one twice. Mismatch and length are caught here; the server checks the rest. */
export function ChangePasswordForm() {
  const t = useT();
  const change = useChangePassword();
  const [values, setValues] = useState<Values>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof Values) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    if (values.next.length < MIN_LENGTH) return setProblem(t('password.tooShort'));
    if (values.next !== values.confirm) return setProblem(t('password.mismatch'));
    setProblem(null);
    change.mutate(
      { currentPassword: values.current, newPassword: values.next },
      { onSettled: () => setValues(EMPTY) },
    );
  };

  const error = problem ?? (change.error ? errorMessage(change.error) : null);
  const dismiss = () => {
    setProblem(null);
    change.reset();
  };
  const input = (field: keyof Values, id: string, autoComplete: string, hint?: boolean) => (
    <input
      id={id}
      type="password"
      required
      autoComplete={autoComplete}
      aria-describedby={hint ? `${id}-hint` : undefined}
      value={values[field]}
      onChange={(event) => set(field)(event.target.value)}
      className={INPUT_CLASS}
    />
  );

  return (
    <Panel aria-label={t('password.title')} className="max-w-lg p-5">
      <form data-testid="password-form" onSubmit={onSubmit} className="space-y-4">
        <Field htmlFor="current-password" label={t('password.current')}>
          {input('current', 'current-password', 'current-password')}
        </Field>
        <Field htmlFor="new-password" label={t('password.new')} hint={t('password.newHint')}>
          {input('next', 'new-password', 'new-password', true)}
        </Field>
        <Field htmlFor="confirm-password" label={t('password.confirm')}>
          {input('confirm', 'confirm-password', 'new-password')}
        </Field>
        {error && (
          <Alert data-testid="password-error" onDismiss={dismiss}>
            {error}
          </Alert>
        )}
        {change.isSuccess && <Notice data-testid="password-saved">{t('password.saved')}</Notice>}
        <Button type="submit" data-testid="password-submit" pending={change.isPending}>
          {t('password.submit')}
        </Button>
      </form>
    </Panel>
  );
}
