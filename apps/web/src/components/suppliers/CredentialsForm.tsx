'use client';

import { type FormEvent, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { useT } from '@/hooks/useI18n';
import { useUpdateCredentials } from '@/hooks/useUpdateCredentials';
import { errorMessage } from '@/lib/errors';

const EMPTY = { rut: '', username: '', password: '' };

/**
 * Write-only: the fields start empty (the API never returns credentials) and are emptied again once saved.
 * Autofill is turned off so the browser does not offer the user's own SYNCAR login for the supplier's portal.
 */
export function CredentialsForm({ supplierId }: { supplierId: string }) {
  const t = useT();
  const update = useUpdateCredentials();
  const [values, setValues] = useState(EMPTY);
  const set = (field: keyof typeof EMPTY) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (update.isSuccess) update.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ supplierId, ...values }, { onSuccess: () => setValues(EMPTY) });
  };

  return (
    <form data-testid="credentials-form" onSubmit={onSubmit} autoComplete="off" className="space-y-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <Field htmlFor="cred-rut" label={t('credentials.rut')} hint={t('credentials.rutHint')}>
          <input
            id="cred-rut"
            name="cred-rut"
            required
            autoComplete="off"
            spellCheck={false}
            aria-describedby="cred-rut-hint"
            value={values.rut}
            onChange={(event) => set('rut')(event.target.value)}
            className={INPUT_CLASS}
          />
        </Field>
        <Field htmlFor="cred-username" label={t('credentials.username')}>
          <input
            id="cred-username"
            name="cred-username"
            required
            autoComplete="off"
            spellCheck={false}
            value={values.username}
            onChange={(event) => set('username')(event.target.value)}
            className={INPUT_CLASS}
          />
        </Field>
        <Field htmlFor="cred-password" label={t('credentials.password')}>
          <input
            id="cred-password"
            name="cred-password"
            type="password"
            required
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => set('password')(event.target.value)}
            className={INPUT_CLASS}
          />
        </Field>
      </div>
      <Button type="submit" data-testid="credentials-submit" pending={update.isPending}>
        {t('credentials.submit')}
      </Button>
      {update.error && (
        <Alert data-testid="credentials-error" onDismiss={update.reset}>
          {errorMessage(update.error)}
        </Alert>
      )}
      {update.isSuccess && <Notice data-testid="credentials-saved">{t('credentials.saved')}</Notice>}
    </form>
  );
}
