'use client';

import { CATEGORY_ORDERS, type SupplierSettings } from '@syncar/contracts';
import { type FormEvent, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { useT } from '@/hooks/useI18n';
import { useUpdateSupplierSettings } from '@/hooks/useUpdateSupplierSettings';
import type { MessageKey } from '@/i18n/messages';
import { errorMessage } from '@/lib/errors';
import {
  fromDraft,
  type SettingsDraft,
  type SettingsField,
  settingsFieldErrors,
  toDraft,
} from './settings-draft';

const NUMBER_FIELDS = [
  { field: 'productsPerCategory', unlimited: true },
  { field: 'requestsPerMinute', unlimited: true },
  { field: 'maxConcurrency', unlimited: false },
] as const;

const ORDER_LABEL: Record<SettingsDraft['categoryOrder'], MessageKey> = {
  portal: 'settings.order.portal',
  name: 'settings.order.name',
  size: 'settings.order.size',
};

const inputId = (field: SettingsField) => `settings-${field}`;

/** The control's hint, and its error when the API refused the value. */
const describedBy = (field: SettingsField, invalid: boolean) =>
  `${inputId(field)}-hint${invalid ? ` ${inputId(field)}-error` : ''}`;

function FieldError({ field, message }: { field: SettingsField; message: string | undefined }) {
  if (!message) return null;
  return (
    <p
      id={`${inputId(field)}-error`}
      data-testid={`settings-error-${field}`}
      className="text-xs text-red-700"
    >
      {message}
    </p>
  );
}

interface SupplierSettingsFormProps {
  supplierId: string;
  settings: SupplierSettings;
  /** For users without `suppliers:manage`: the values, without a way to change them. */
  readOnly: boolean;
}

/**
 * The numbers are typed as text (empty means no limit) and checked by the API, whose message shows under the
 * field it refused.
 */
export function SupplierSettingsForm({ supplierId, settings, readOnly }: SupplierSettingsFormProps) {
  const t = useT();
  const update = useUpdateSupplierSettings();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const fieldErrors = settingsFieldErrors(update.error);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const set = (field: SettingsField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    if (update.isSuccess) update.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ supplierId, ...fromDraft(draft) });
  };

  return (
    <form data-testid="settings-form" onSubmit={onSubmit} noValidate className="space-y-4">
      <fieldset disabled={readOnly} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {NUMBER_FIELDS.map(({ field, unlimited }) => (
          <Field
            key={field}
            htmlFor={inputId(field)}
            label={t(`settings.${field}`)}
            hint={t(`settings.${field}Hint`)}
          >
            <input
              id={inputId(field)}
              name={field}
              data-testid={inputId(field)}
              inputMode="numeric"
              autoComplete="off"
              placeholder={unlimited ? t('settings.unlimited') : undefined}
              aria-invalid={fieldErrors[field] ? true : undefined}
              aria-describedby={describedBy(field, Boolean(fieldErrors[field]))}
              value={draft[field]}
              onChange={(event) => set(field)(event.target.value)}
              className={`${INPUT_CLASS} aria-[invalid=true]:ring-red-400`}
            />
            <FieldError field={field} message={fieldErrors[field]} />
          </Field>
        ))}
        <Field
          htmlFor={inputId('categoryOrder')}
          label={t('settings.categoryOrder')}
          hint={t('settings.categoryOrderHint')}
        >
          <select
            id={inputId('categoryOrder')}
            name="categoryOrder"
            data-testid={inputId('categoryOrder')}
            aria-invalid={fieldErrors.categoryOrder ? true : undefined}
            aria-describedby={describedBy('categoryOrder', Boolean(fieldErrors.categoryOrder))}
            value={draft.categoryOrder}
            onChange={(event) => set('categoryOrder')(event.target.value)}
            className={`${INPUT_CLASS} aria-[invalid=true]:ring-red-400`}
          >
            {CATEGORY_ORDERS.map((order) => (
              <option key={order} value={order}>
                {t(ORDER_LABEL[order])}
              </option>
            ))}
          </select>
          <FieldError field="categoryOrder" message={fieldErrors.categoryOrder} />
        </Field>
      </fieldset>
      {readOnly ? (
        <p data-testid="settings-read-only" className="text-sm text-slate-500">
          {t('settings.readOnly')}
        </p>
      ) : (
        <Button type="submit" data-testid="settings-submit" pending={update.isPending}>
          {t('settings.submit')}
        </Button>
      )}
      {update.error && !hasFieldErrors && (
        <Alert data-testid="settings-error" onDismiss={update.reset}>
          {errorMessage(update.error)}
        </Alert>
      )}
      {hasFieldErrors && (
        <p role="alert" data-testid="settings-invalid" className="text-sm text-red-700">
          {t('settings.invalid')}
        </p>
      )}
      {update.isSuccess && <Notice data-testid="settings-saved">{t('settings.saved')}</Notice>}
    </form>
  );
}
