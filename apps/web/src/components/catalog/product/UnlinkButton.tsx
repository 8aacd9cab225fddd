'use client';

import { Button } from '@/components/ui/Button';
import { useT } from '@/hooks/useI18n';

/** Says an offer is not the same part as the product on the page. */
export function UnlinkButton({
  name,
  pending,
  onClick,
}: {
  name: string;
  pending: boolean;
  onClick: () => void;
}) {
  const t = useT();
  return (
    <Button
      variant="danger"
      data-testid="unlink"
      className="px-2.5 py-1 text-xs"
      pending={pending}
      aria-label={t('product.unlinkLabel', { name })}
      onClick={onClick}
    >
      {t('product.unlink')}
    </Button>
  );
}
