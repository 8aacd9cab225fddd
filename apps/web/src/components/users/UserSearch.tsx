'use client';

import { INPUT_CLASS } from '@/components/ui/Field';
import { useT } from '@/hooks/useI18n';

export function UserSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <div className="w-full sm:max-w-xs">
      <label htmlFor="user-search" className="sr-only">
        {t('users.search')}
      </label>
      <input
        id="user-search"
        type="search"
        data-testid="user-search"
        placeholder={t('users.searchPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={INPUT_CLASS}
      />
    </div>
  );
}
