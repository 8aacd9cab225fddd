'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';

interface ConfirmDeleteProps {
  /** Null while the preview counts. */
  body: ReactNode | null;
  /** The confirm button's label, with the count; null when there is nothing to delete. */
  confirmLabel: string | null;
  done: string | null;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** The body of a delete confirmation: what goes (with the count), that a sync may bring it back, the buttons. */
export function ConfirmDelete({
  body,
  confirmLabel,
  done,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDeleteProps) {
  const t = useT();
  if (done) {
    return (
      <div className="space-y-4">
        <Notice data-testid="delete-done">{done}</Notice>
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            {t('common.dismiss')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {body === null ? (
        <p className="text-sm text-slate-600" aria-live="polite">
          {t('delete.counting')}
        </p>
      ) : (
        <div data-testid="delete-summary" className="space-y-2 text-sm text-slate-700">
          {body}
          {confirmLabel && <p className="font-medium text-amber-800">{t('delete.comeBack')}</p>}
        </div>
      )}
      {Boolean(error) && (
        <Alert data-testid="delete-error">{t('delete.error', { message: errorMessage(error) })}</Alert>
      )}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        {confirmLabel && (
          <Button variant="danger" data-testid="delete-confirm" pending={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        )}
      </div>
    </div>
  );
}
