'use client';

import type { Role, User } from '@syncar/contracts';
import type { Feedback } from '@/hooks/useFeedback';
import { useT } from '@/hooks/useI18n';
import { UserRow } from './UserRow';

const COLUMNS = [
  'users.col.user',
  'users.col.role',
  'users.col.active',
  'users.col.lastLogin',
  'users.col.actions',
] as const;

interface UsersTableProps {
  users: readonly User[];
  roles: readonly Role[];
  meId: string | undefined;
  feedback: Feedback;
}

export function UsersTable({ users, roles, meId, feedback }: UsersTableProps) {
  const t = useT();
  return (
    <div className="overflow-x-auto">
      <table data-testid="users-table" className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t('users.caption')}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column}
                scope="col"
                className={`px-5 py-2.5 ${column === 'users.col.actions' ? 'text-right' : ''}`}
              >
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <UserRow key={user.id} user={user} roles={roles} isMe={user.id === meId} feedback={feedback} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
