'use client';

import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field, INPUT_CLASS } from '@/components/ui/Field';
import { type AuditFilters, NO_AUDIT_FILTERS } from '@/hooks/useAuditLog';
import { useT } from '@/hooks/useI18n';

/** Action prefix and a day range; applied on submit, so typing does not query per key. */
export function AuditFiltersForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT();
  const [values, setValues] = useState<AuditFilters>(NO_AUDIT_FILTERS);
  const set = (field: keyof AuditFilters) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  const clear = () => {
    setValues(NO_AUDIT_FILTERS);
    onApply(NO_AUDIT_FILTERS);
  };

  return (
    <form
      data-testid="audit-filters"
      aria-label={t('audit.filters')}
      onSubmit={onSubmit}
      className="grid grid-cols-1 items-end gap-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <Field htmlFor="audit-action" label={t('audit.action')}>
        <input
          id="audit-action"
          type="search"
          spellCheck={false}
          autoComplete="off"
          placeholder={t('audit.actionPlaceholder')}
          value={values.action}
          onChange={(event) => set('action')(event.target.value)}
          className={INPUT_CLASS}
        />
      </Field>
      <Field htmlFor="audit-from" label={t('audit.from')}>
        <input
          id="audit-from"
          type="date"
          value={values.from}
          max={values.to || undefined}
          onChange={(event) => set('from')(event.target.value)}
          className={INPUT_CLASS}
        />
      </Field>
      <Field htmlFor="audit-to" label={t('audit.to')}>
        <input
          id="audit-to"
          type="date"
          value={values.to}
          min={values.from || undefined}
          onChange={(event) => set('to')(event.target.value)}
          className={INPUT_CLASS}
        />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" data-testid="audit-apply">
          {t('audit.apply')}
        </Button>
        <Button variant="secondary" data-testid="audit-clear" onClick={clear}>
          {t('audit.clear')}
        </Button>
      </div>
    </form>
  );
}
