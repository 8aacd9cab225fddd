'use client';

import type { Role, User } from '@syncar/contracts';
import { useState } from 'react';
import { Badge } from '@/components/ui/Badge';
import type { Feedback } from '@/hooks/useFeedback';
import { useFormat, useT } from '@/hooks/useI18n';
import { useUpdateUser } from '@/hooks/useUsers';
import { ResetPasswordForm } from './ResetPasswordForm';
import { RoleSelect } from './RoleSelect';

type Change = { roleId?: string; isActive?: boolean };

interface UserRowProps {
  user: User;
  roles: readonly Role[];
  isMe: boolean;
  feedback: Feedback;
}

/**
 * One user: role and active flag change at once (the server may refuse, e.g. granting permissions the admin does
 * not hold: the refusal shows above the table and the control keeps the stored value); a password reset opens
 * a row below.
 */
export function UserRow({ user, roles, isMe, feedback }: UserRowProps) {
  const t = useT();
  const format = useFormat();
  const update = useUpdateUser(feedback);
  const [resetting, setResetting] = useState(false);
  // The value just chosen, shown until the server answers (and the list is read again) or refuses.
  const [pending, setPending] = useState<Change | null>(null);
  const roleOptions = roles.length > 0 ? roles : [{ id: user.roleId, name: user.roleName }];

  const change = (patch: Change) => {
    setPending(patch);
    update.mutate(
      { id: user.id, ...patch },
      {
        onSuccess: () => feedback.succeed(t('users.updated', { user: user.username })),
        onSettled: () => setPending(null),
      },
    );
  };

  return (
    <>
      <tr
        data-testid="user-row"
        data-username={user.username}
        data-active={user.isActive ? 'true' : 'false'}
        className={user.isActive ? '' : 'bg-slate-50 text-slate-500'}
      >
        <th scope="row" className="px-5 py-3 text-left font-normal">
          <span className="flex items-center gap-2 font-medium text-slate-900">
            {user.displayName || user.username}
            {isMe && <Badge tone="info">{t('users.you')}</Badge>}
          </span>
          <span className="block text-xs text-slate-500">
            {user.username} · {user.email}
          </span>
        </th>
        <td className="px-5 py-3">
          <RoleSelect
            data-testid="user-role"
            aria-label={t('users.roleOf', { user: user.username })}
            roles={roleOptions}
            value={pending?.roleId ?? user.roleId}
            disabled={pending !== null}
            onChange={(event) => change({ roleId: event.target.value })}
            className="min-w-36"
          />
        </td>
        <td className="px-5 py-3">
          <input
            type="checkbox"
            data-testid="user-active"
            aria-label={t('users.activeOf', { user: user.username })}
            checked={pending?.isActive ?? user.isActive}
            disabled={pending !== null}
            onChange={(event) => change({ isActive: event.target.checked })}
            className="size-4 accent-sky-600"
          />
        </td>
        <td className="px-5 py-3 whitespace-nowrap">
          {user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('common.never')}
        </td>
        <td className="px-5 py-3 text-right">
          <button
            type="button"
            data-testid="user-reset-password"
            aria-expanded={resetting}
            onClick={() => setResetting((open) => !open)}
            className="rounded-md px-2 py-1 text-sm font-medium whitespace-nowrap text-sky-700 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-600"
          >
            {t('users.resetPassword')}
          </button>
        </td>
      </tr>
      {resetting && (
        <tr data-testid="user-reset-row" className="bg-slate-50">
          <td colSpan={5} className="px-5 py-4">
            <ResetPasswordForm user={user} feedback={feedback} onDone={() => setResetting(false)} />
          </td>
        </tr>
      )}
    </>
  );
}
