'use client';

import { useId, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { useFormat, useT } from '@/hooks/useI18n';
import { useProductLinkCandidates } from '@/hooks/useProductLinkCandidates';
import { useProductVerdict } from '@/hooks/useProductVerdict';
import { errorMessage } from '@/lib/errors';
import { AvailabilityBadge } from './AvailabilityBadge';

/** Finds another supplier's product (SKU, OEM code or name) and links it as the same part. */
export function LinkProductForm({
  productId,
  onLinked,
}: {
  productId: string;
  onLinked: (name: string) => void;
}) {
  const t = useT();
  const format = useFormat();
  const inputId = useId();
  const [q, setQ] = useState('');
  const candidates = useProductLinkCandidates(productId, q);
  const link = useProductVerdict('link');

  return (
    <div data-testid="link-form" className="space-y-3 border-t border-slate-200 px-5 py-4">
      <label htmlFor={inputId} className="block text-sm font-semibold text-slate-700">
        {t('product.linkSearch')}
      </label>
      <input
        id={inputId}
        type="search"
        data-testid="link-search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
        placeholder={t('product.linkSearchPlaceholder')}
        className="w-full max-w-md rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-sky-600"
      />
      {candidates.isError && <Alert>{errorMessage(candidates.error)}</Alert>}
      {link.isError && <Alert onDismiss={() => link.reset()}>{errorMessage(link.error)}</Alert>}
      {q.trim() && candidates.data?.length === 0 && (
        <p className="text-sm text-slate-500">{t('product.linkNoCandidates')}</p>
      )}
      {q.trim() && candidates.data && candidates.data.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg ring-1 ring-slate-200">
          {candidates.data.map((candidate) => (
            <li
              key={candidate.productId}
              data-testid="link-candidate"
              className="flex flex-wrap items-center justify-between gap-3 px-3 py-2 text-sm"
            >
              <span>
                <span className="font-medium">{candidate.name}</span>
                <span className="block text-xs text-slate-500">
                  {candidate.supplier.name} · {t('product.skuLabel', { sku: candidate.sku })} ·{' '}
                  {candidate.priceClp === null ? t('product.noPrice') : format.clp(candidate.priceClp)}
                </span>
              </span>
              <span className="flex items-center gap-2">
                <AvailabilityBadge availability={candidate.availability} />
                <Button
                  variant="secondary"
                  data-testid="link"
                  className="px-2.5 py-1 text-xs"
                  pending={link.isPending && link.variables?.otherProductId === candidate.productId}
                  disabled={link.isPending}
                  onClick={() =>
                    link.mutate(
                      { productId, otherProductId: candidate.productId },
                      {
                        onSuccess: () => {
                          setQ('');
                          onLinked(candidate.name);
                        },
                      },
                    )
                  }
                >
                  {t('product.link')}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
