'use client';

import type { User } from '@syncar/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { INPUT_CLASS } from '@/components/ui/Field';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { useResetPassword } from '@/hooks/useUsers';

interface ResetPasswordFormProps {
  user: User;
  feedback: Feedback;
  onDone: () => void;
}

/** A new password typed by the admin; the user's open sessions end. */
export function ResetPasswordForm({ user, feedback, onDone }: ResetPasswordFormProps) {
  const t = useT();
  const reset = useResetPassword(feedback);
  const [password, setPassword] = useState('');
  const inputId = `reset-password-${user.id}`;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id, newPassword: password },
      {
        onSuccess: () => {
          feedback.succeed(t('users.passwordReset', { user: user.username }));
          onDone();
        },
      },
    );
  };

  return (
    <form
      data-testid="reset-password-form"
      onSubmit={onSubmit}
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="flex-1 space-y-1.5 sm:max-w-sm">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
          {t('users.resetPasswordFor', { user: user.username })}
        </label>
        <input
          id={inputId}
          type="password"
          data-testid="reset-password-input"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          className={INPUT_CLASS}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" data-testid="reset-password-submit" pending={reset.isPending}>
          {t('users.resetSubmit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
