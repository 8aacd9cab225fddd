'use client';

import type { PartOffer } from '@syncar/contracts';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useFormat, useT } from '@/hooks/useI18n';
import { AvailabilityBadge } from './AvailabilityBadge';
import { BestOfferBadge } from './BestOfferBadge';

/** The columns every offer table shows, before the table's own ones. */
export const OFFER_COLUMNS = [
  'product.offer.supplier',
  'product.offer.product',
  'product.offer.price',
  'product.offer.stock',
  'product.offer.availability',
] as const;

interface OfferRowProps {
  offer: PartOffer;
  best: boolean;
  /** Cells after the common ones (how it matched, actions...). */
  children?: ReactNode;
}

/** One supplier's offer of a part; the best offer in stock is highlighted and labelled. */
export function OfferRow({ offer, best, children }: OfferRowProps) {
  const t = useT();
  const format = useFormat();
  return (
    <tr
      data-testid="offer-row"
      data-product-id={offer.productId}
      data-best={best || undefined}
      className={best ? 'bg-sky-50/70' : undefined}
    >
      <td className="px-4 py-2.5 font-medium whitespace-nowrap">{offer.supplier.name}</td>
      <td className="px-4 py-2.5">
        <Link
          href={`/catalog/products/${offer.productId}`}
          className="font-medium text-sky-700 hover:text-sky-900 hover:underline"
        >
          {offer.name}
        </Link>
        <span className="block text-xs text-slate-500">
          {offer.brand ? `${offer.brand} · ` : ''}
          {t('product.skuLabel', { sku: offer.sku })}
        </span>
      </td>
      <td className="px-4 py-2.5 whitespace-nowrap tabular-nums">
        <span className="flex flex-wrap items-center gap-2">
          {offer.priceClp === null ? t('product.noPrice') : format.clp(offer.priceClp)}
          {best && <BestOfferBadge />}
        </span>
      </td>
      <td className="px-4 py-2.5 tabular-nums">
        {offer.stock === null ? t('common.none') : format.number(offer.stock)}
      </td>
      <td className="px-4 py-2.5">
        <AvailabilityBadge availability={offer.availability} />
      </td>
      {children}
    </tr>
  );
}
