'use client';

import { Badge } from '@/components/ui/Badge';
import { useT } from '@/hooks/useI18n';

/** Marks the lowest price in stock of a part (on a tie, the one with more stock). */
export function BestOfferBadge() {
  const t = useT();
  return (
    <Badge tone="info" data-testid="best-offer" title={t('product.bestOfferHint')}>
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5">
        <path d="M10 1.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L10 14.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9L10 1.5z" />
      </svg>
      {t('product.bestOffer')}
    </Badge>
  );
}
