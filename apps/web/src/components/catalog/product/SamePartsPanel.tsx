'use client';

import type { PartMatch, SamePartOffer } from '@syncar/contracts';
import { useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Notice } from '@/components/ui/Notice';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { useProductSameParts } from '@/hooks/useProductSameParts';
import { useProductVerdict } from '@/hooks/useProductVerdict';
import { errorMessage } from '@/lib/errors';
import { LinkProductForm } from './LinkProductForm';
import { OFFER_COLUMNS, OfferRow } from './OfferRow';
import { UnlinkButton } from './UnlinkButton';

/** Offers the operator may separate from this product: matched directly, not through a third product. */
const DIRECT: readonly PartMatch[] = ['oem', 'link'];

/**
 * "The same part at other suppliers": each offer with how it matched and the best offer in stock marked. With
 * `catalog:link`, offers can be separated and other products linked.
 */
export function SamePartsPanel({ productId, productName }: { productId: string; productName: string }) {
  const t = useT();
  const can = useCan();
  const canLink = can('catalog:link');
  const same = useProductSameParts(productId);
  // Here rather than in each row: the row leaves the table when the unlink succeeds, this panel stays.
  const unlink = useProductVerdict('unlink');
  const [feedback, setFeedback] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const matchLabel = (offer: SamePartOffer) =>
    offer.match === 'oem'
      ? t('product.match.oem', { codes: offer.sharedCodes.join(', ') })
      : t(`product.match.${offer.match}`);

  return (
    <Panel data-testid="same-parts" aria-labelledby="same-parts-title" className="overflow-hidden">
      <div className="border-b border-slate-200 px-5 py-4">
        <h2 id="same-parts-title" className="text-base font-semibold">
          {t('product.sameParts')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('product.samePartsHint')}</p>
      </div>
      {same.data === undefined && same.isError && (
        <div className="p-5">
          <Alert>{t('product.samePartsLoadError', { message: errorMessage(same.error) })}</Alert>
        </div>
      )}
      {same.data === undefined && !same.isError && (
        <div className="space-y-3 px-5 py-4" aria-busy="true">
          <span className="sr-only">{t('common.loading')}</span>
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-full" />
        </div>
      )}
      {feedback && (
        <div className="px-5 pt-4">
          {feedback.tone === 'ok' ? (
            <Notice data-testid="same-parts-feedback">{feedback.text}</Notice>
          ) : (
            <Alert onDismiss={() => setFeedback(null)}>{feedback.text}</Alert>
          )}
        </div>
      )}
      {same.data?.bestOfferId === productId && (
        <p data-testid="this-is-best" className="px-5 pt-4 text-sm font-medium text-sky-800">
          {t('product.thisIsBest')}
        </p>
      )}
      {same.data?.offers.length === 0 && (
        <p data-testid="same-parts-empty" className="px-5 py-6 text-sm text-slate-500">
          {t('product.samePartsEmpty')}
        </p>
      )}
      {same.data && same.data.offers.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-sm">
            <caption className="sr-only">{t('product.samePartsCaption', { name: productName })}</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
              <tr>
                {OFFER_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-4 py-2.5 whitespace-nowrap">
                    {t(column)}
                  </th>
                ))}
                <th scope="col" className="px-4 py-2.5 whitespace-nowrap">
                  {t('product.offer.match')}
                </th>
                {canLink && (
                  <th scope="col" className="px-4 py-2.5">
                    <span className="sr-only">{t('product.offer.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {same.data.offers.map((offer) => (
                <OfferRow
                  key={offer.productId}
                  offer={offer}
                  best={offer.productId === same.data.bestOfferId}
                >
                  <td data-testid="offer-match" className="px-4 py-2.5 text-xs text-slate-600">
                    {matchLabel(offer)}
                  </td>
                  {canLink && (
                    <td className="px-4 py-2.5 text-right">
                      {DIRECT.includes(offer.match) && (
                        <UnlinkButton
                          name={offer.name}
                          pending={unlink.isPending && unlink.variables?.otherProductId === offer.productId}
                          onClick={() =>
                            unlink.mutate(
                              { productId, otherProductId: offer.productId },
                              {
                                onSuccess: ({ grouped }) =>
                                  setFeedback({
                                    tone: 'ok',
                                    text: t(grouped ? 'product.unlinkedStillGrouped' : 'product.unlinked', {
                                      name: offer.name,
                                    }),
                                  }),
                                onError: (error) => setFeedback({ tone: 'error', text: errorMessage(error) }),
                              },
                            )
                          }
                        />
                      )}
                    </td>
                  )}
                </OfferRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canLink && (
        <LinkProductForm
          productId={productId}
          onLinked={(name) => setFeedback({ tone: 'ok', text: t('product.linked', { name }) })}
        />
      )}
    </Panel>
  );
}
