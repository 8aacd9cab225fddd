'use client';

import { API_TOKEN_EXPIRY_DAYS, type CreatedApiToken, type Permission } from '@syncar/contracts';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Panel } from '@/components/ui/Panel';
import { useCreateApiToken } from '@/hooks/useApiTokens';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { ALL_PERMISSIONS } from '@/lib/permissions';

interface NewApiTokenFormProps {
  /** The signed-in user's permissions: a token gets a subset of them. */
  own: readonly Permission[];
  feedback: Feedback;
  onCreated: (created: CreatedApiToken) => void;
  onCancel: () => void;
}

/** Name, expiry and permissions of a new token, chosen among the user's own. */
export function NewApiTokenForm({ own, feedback, onCreated, onCancel }: NewApiTokenFormProps) {
  const t = useT();
  const create = useCreateApiToken(feedback);
  const choices = ALL_PERMISSIONS.filter((permission) => own.includes(permission));
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<Permission>>(
    () => new Set(choices.filter((permission) => permission === 'catalog:read')),
  );
  const toggle = (permission: Permission, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(permission);
      else next.delete(permission);
      return next;
    });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        permissions: choices.filter((permission) => chosen.has(permission)),
        expiresInDays: expiry ? Number(expiry) : null,
      },
      { onSuccess: onCreated },
    );
  };

  return (
    <Panel aria-labelledby="new-api-token-title" className="mb-6 p-5">
      <h2 id="new-api-token-title" className="mb-4 text-base font-semibold text-slate-900">
        {t('apiTokens.form.title')}
      </h2>
      <form data-testid="new-api-token-form" onSubmit={onSubmit} className="space-y-5">
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
          <Field
            htmlFor="api-token-name"
            label={t('apiTokens.form.name')}
            hint={t('apiTokens.form.nameHint')}
          >
            <input
              id="api-token-name"
              data-testid="api-token-name"
              required
              maxLength={100}
              autoComplete="off"
              aria-describedby="api-token-name-hint"
              value={name}
              onChange={(event) => setName(event.target.value)}
              className={INPUT_CLASS}
            />
          </Field>
          <Field htmlFor="api-token-expiry" label={t('apiTokens.form.expiry')}>
            <select
              id="api-token-expiry"
              data-testid="api-token-expiry"
              value={expiry}
              onChange={(event) => setExpiry(event.target.value)}
              className={INPUT_CLASS}
            >
              <option value="">{t('apiTokens.form.expiryNever')}</option>
              {API_TOKEN_EXPIRY_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t('apiTokens.form.expiryDays', { days })}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset aria-describedby="api-token-permissions-hint">
          <legend className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {t('apiTokens.form.permissions')}
          </legend>
          <p id="api-token-permissions-hint" className="mb-3 text-xs text-slate-500">
            {t('apiTokens.form.permissionsHint')}
          </p>
          <div className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {choices.map((permission) => (
              <div key={permission} className="flex items-start gap-2">
                <input
                  id={`api-token-perm-${permission}`}
                  type="checkbox"
                  data-testid={`api-token-perm-${permission}`}
                  checked={chosen.has(permission)}
                  onChange={(event) => toggle(permission, event.target.checked)}
                  className="mt-0.5 size-4 shrink-0 accent-sky-600"
                />
                <label
                  htmlFor={`api-token-perm-${permission}`}
                  className="text-sm leading-tight text-slate-800"
                >
                  {t(`perm.${permission}`)}
                  <span className="block font-mono text-xs text-slate-500">{permission}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button
            type="submit"
            data-testid="api-token-create"
            pending={create.isPending}
            disabled={chosen.size === 0 || !name.trim()}
          >
            {t('apiTokens.form.submit')}
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}
