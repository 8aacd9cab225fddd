'use client';

import type { ApiToken, ApiTokenStatus } from '@syncar/contracts';
import { useState } from 'react';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { useRevokeApiToken } from '@/hooks/useApiTokens';
import type { Feedback } from '@/hooks/useFeedback';
import { useFormat, useT } from '@/hooks/useI18n';

const STATUS_TONE: Record<ApiTokenStatus, BadgeTone> = {
  active: 'success',
  expired: 'warning',
  revoked: 'neutral',
};
const CELL = 'px-5 py-3 align-top';

/** One token: what it may do, when it was used last, and a revoke that asks first. */
export function ApiTokenRow({
  token,
  showOwner,
  feedback,
}: {
  token: ApiToken;
  showOwner: boolean;
  feedback: Feedback;
}) {
  const t = useT();
  const format = useFormat();
  const revoke = useRevokeApiToken(feedback);
  const [confirming, setConfirming] = useState(false);

  const onRevoke = () =>
    revoke.mutate(
      { id: token.id },
      {
        onSuccess: () => feedback.succeed(t('apiTokens.revoked', { name: token.name })),
        onSettled: () => setConfirming(false),
      },
    );

  return (
    <tr data-testid="api-token-row" data-token-id={token.id} data-status={token.status}>
      <td className={`${CELL} font-medium text-slate-900`}>
        {token.name}
        <span data-testid="api-token-prefix" className="block font-mono text-xs font-normal text-slate-500">
          {token.prefix}…
        </span>
      </td>
      {showOwner && <td className={CELL}>{token.owner.username}</td>}
      <td className={CELL}>
        <ul className="flex flex-wrap gap-1">
          {token.permissions.map((permission) => (
            <li key={permission}>
              <Badge title={t(`perm.${permission}`)} className="font-mono">
                {permission}
              </Badge>
            </li>
          ))}
        </ul>
      </td>
      <td className={`${CELL} whitespace-nowrap`}>{format.dateTime(token.createdAt)}</td>
      <td data-testid="api-token-last-used" className={`${CELL} whitespace-nowrap`}>
        {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('common.never')}
        {token.lastUsedIp && (
          <span className="block text-xs text-slate-500">
            {t('apiTokens.lastUsedFrom', { ip: token.lastUsedIp })}
          </span>
        )}
      </td>
      <td className={`${CELL} whitespace-nowrap`}>
        {token.expiresAt ? format.dateTime(token.expiresAt) : t('common.never')}
      </td>
      <td className={CELL}>
        <Badge data-testid="api-token-status" tone={STATUS_TONE[token.status]}>
          {t(`apiTokens.status.${token.status}`)}
        </Badge>
        {token.revokedAt && (
          <span className="mt-1 block text-xs whitespace-nowrap text-slate-500">
            {format.dateTime(token.revokedAt)}
          </span>
        )}
      </td>
      <td className={`${CELL} text-right`}>
        {token.status !== 'revoked' && (
          <Button variant="danger" data-testid="api-token-revoke" onClick={() => setConfirming(true)}>
            {t('apiTokens.revoke')}
          </Button>
        )}
        <Modal
          open={confirming}
          onClose={() => setConfirming(false)}
          title={t('apiTokens.revokeTitle', { name: token.name })}
          data-testid="api-token-revoke-dialog"
        >
          <p className="text-left text-sm text-slate-700">{t('apiTokens.revokeBody')}</p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={revoke.isPending}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              data-testid="api-token-revoke-confirm"
              pending={revoke.isPending}
              onClick={onRevoke}
            >
              {t('apiTokens.revokeConfirm')}
            </Button>
          </div>
        </Modal>
      </td>
    </tr>
  );
}
