'use client';

import type { Permission } from '@syncar/contracts';
import { useT } from '@/hooks/useI18n';
import { ALL_PERMISSIONS } from '@/lib/permissions';

interface PermissionChecklistProps {
  /** Makes the ids unique on the page. */
  idPrefix: string;
  /** Each checkbox's test id is `${testIdPrefix}-${permission}`, e.g. `perm-Operator-imports:run`. */
  testIdPrefix: string;
  legend: string;
  selected: ReadonlySet<Permission>;
  onToggle: (permission: Permission, on: boolean) => void;
  disabled?: boolean;
}

/** One checkbox per permission, labelled in the user's language with the permission's code beside it. */
export function PermissionChecklist({
  idPrefix,
  testIdPrefix,
  legend,
  selected,
  onToggle,
  disabled = false,
}: PermissionChecklistProps) {
  const t = useT();
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{legend}</legend>
      <div className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
        {ALL_PERMISSIONS.map((permission) => {
          const id = `${idPrefix}-${permission}`;
          return (
            <div key={permission} className="flex items-start gap-2">
              <input
                id={id}
                type="checkbox"
                data-testid={`${testIdPrefix}-${permission}`}
                checked={selected.has(permission)}
                onChange={(event) => onToggle(permission, event.target.checked)}
                className="mt-0.5 size-4 shrink-0 accent-sky-600 disabled:cursor-not-allowed"
              />
              <label htmlFor={id} className="text-sm leading-tight text-slate-800">
                {t(`perm.${permission}`)}
                <span className="block font-mono text-xs text-slate-500">{permission}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
