'use client';

import { useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { useT } from '@/hooks/useI18n';
import { useLogin } from '@/hooks/useLogin';
import { errorMessage } from '@/lib/errors';

/**
 * Username (or email) and password. The password lives only in this form's state while typing: it is sent to
 * the API once and never stored; after a failed attempt the field is emptied.
 */
export function LoginForm() {
  const t = useT();
  const next = useSearchParams().get('next');
  const login = useLogin(next);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ login: username, password }, { onError: () => setPassword('') });
  };

  return (
    <form data-testid="login-form" onSubmit={onSubmit} className="space-y-5">
      {login.error && (
        <Alert data-testid="login-error" onDismiss={login.reset}>
          {errorMessage(login.error)}
        </Alert>
      )}
      <Field htmlFor="login" label={t('login.login')}>
        <input
          id="login"
          name="login"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          // biome-ignore lint/a11y/noAutofocus: the only thing to do on this page is to type here.
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          className={INPUT_CLASS}
        />
      </Field>
      <Field htmlFor="password" label={t('login.password')}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={INPUT_CLASS}
        />
      </Field>
      <Button type="submit" data-testid="login-submit" pending={login.isPending} className="w-full">
        {t('login.submit')}
        {login.isPending && <span className="sr-only">{t('login.submitting')}</span>}
      </Button>
    </form>
  );
}
