'use client';

import { Button } from '@/components/ui/Button';
import { useFormat, useT } from '@/hooks/useI18n';

interface ImportProductsButtonProps {
  /** How many categories are selected; nothing to import at 0. */
  count: number;
  pending: boolean;
  onClick: () => void;
}

export function ImportProductsButton({ count, pending, onClick }: ImportProductsButtonProps) {
  const t = useT();
  const format = useFormat();
  return (
    <Button
      data-testid="import-products"
      data-count={count}
      onClick={onClick}
      disabled={count === 0}
      pending={pending}
    >
      {t('imports.startProducts', { count: format.number(count) })}
      {pending && <span className="sr-only">{t('imports.starting')}</span>}
    </Button>
  );
}
