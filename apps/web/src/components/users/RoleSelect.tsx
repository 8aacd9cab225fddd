'use client';

import type { Role } from '@syncar/contracts';
import type { SelectHTMLAttributes } from 'react';
import { INPUT_CLASS } from '@/components/ui/Field';

interface RoleSelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'children'> {
  roles: ReadonlyArray<Pick<Role, 'id' | 'name'>>;
  /** A first, empty option (for a form where a role must still be chosen). */
  placeholder?: string;
}

/** The roles from `roles.list`, by name. */
export function RoleSelect({ roles, placeholder, className = '', ...props }: RoleSelectProps) {
  return (
    <select {...props} className={`${INPUT_CLASS} ${className}`}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {roles.map((role) => (
        <option key={role.id} value={role.id}>
          {role.name}
        </option>
      ))}
    </select>
  );
}
