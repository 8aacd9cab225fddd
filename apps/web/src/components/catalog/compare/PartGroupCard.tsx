'use client';

import type { PartGroup } from '@syncar/contracts';
import { OFFER_COLUMNS, OfferRow } from '@/components/catalog/product/OfferRow';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';

/** One part: the codes that tie it together and each supplier's offer, the best offer in stock marked. */
export function PartGroupCard({ group }: { group: PartGroup }) {
  const t = useT();
  const titleId = `part-${group.anchor.id}`;
  const suppliers = new Set(group.offers.map((offer) => offer.supplier.id)).size;
  return (
    <Panel data-testid="part-group" aria-labelledby={titleId} className="overflow-hidden">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-3">
        <h2 id={titleId} className="text-base font-semibold">
          {group.anchor.name}
        </h2>
        <p className="text-xs text-slate-500">
          {group.codes.length > 0 && (
            <span data-testid="part-codes" className="font-mono">
              {t('compare.codes', { codes: group.codes.join(', ') })} ·{' '}
            </span>
          )}
          {t('compare.suppliers', { count: suppliers })}
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t('compare.caption', { name: group.anchor.name })}</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              {OFFER_COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-4 py-2 whitespace-nowrap">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {group.offers.map((offer) => (
              <OfferRow key={offer.productId} offer={offer} best={offer.productId === group.bestOfferId} />
            ))}
          </tbody>
        </table>
      </div>
      {group.bestOfferId === null && (
        <p className="border-t border-slate-100 px-5 py-2 text-xs text-slate-500">
          {t('compare.noneInStock')}
        </p>
      )}
    </Panel>
  );
}
