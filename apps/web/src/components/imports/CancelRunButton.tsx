'use client';

import { Button } from '@/components/ui/Button';
import { useT } from '@/hooks/useI18n';

interface CancelRunButtonProps {
  /** The request is on its way. */
  pending: boolean;
  /** The API took the request: the run stops within seconds, and the button waits for that. */
  requested: boolean;
  onClick: () => void;
}

export function CancelRunButton({ pending, requested, onClick }: CancelRunButtonProps) {
  const t = useT();
  return (
    <Button
      variant="danger"
      data-testid="run-cancel"
      data-state={requested ? 'requested' : pending ? 'pending' : 'idle'}
      pending={pending}
      disabled={requested}
      onClick={onClick}
      className="px-3 py-1.5"
    >
      {pending || requested ? t('run.cancelling') : t('run.cancel')}
    </Button>
  );
}
