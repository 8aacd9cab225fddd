'use client';

import type { CatalogItem } from '@syncar/contracts';
import Link from 'next/link';
import { Badge } from '@/components/ui/Badge';
import { useFormat, useT } from '@/hooks/useI18n';
import { AvailabilityTag } from './AvailabilityTag';
import { FitmentCell } from './FitmentCell';

export const productHref = (id: string) => `/catalog/products/${id}`;

export function ResultRow({ item, apiUrl }: { item: CatalogItem; apiUrl: string }) {
  const t = useT();
  const format = useFormat();
  return (
    <tr data-testid="catalog-row" data-product-id={item.id} className="hover:bg-slate-50">
      <td className="w-14 py-2 pr-2 pl-5">
        {item.thumbnailHash ? (
          // Thumbnails come from the API's content-addressed media store, never from the supplier's portal.
          <img
            src={`${apiUrl}/media/${item.thumbnailHash}/thumb`}
            alt=""
            loading="lazy"
            width={40}
            height={40}
            className="size-10 rounded object-cover ring-1 ring-slate-200"
          />
        ) : (
          <div aria-hidden="true" className="size-10 rounded bg-slate-100 ring-1 ring-slate-200" />
        )}
      </td>
      <td className="px-3 py-2 font-mono text-xs whitespace-nowrap text-slate-700">{item.sku}</td>
      <td className="max-w-xs px-3 py-2">
        <Link
          href={productHref(item.id)}
          data-testid="catalog-row-link"
          className="font-medium text-slate-900 hover:text-sky-700 hover:underline"
        >
          {item.name}
        </Link>
        {item.missing && (
          <Badge tone="warning" className="ml-2">
            {t('catalog.row.missing')}
          </Badge>
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-700">{item.brand ?? t('common.none')}</td>
      <td className="px-3 py-2 whitespace-nowrap text-slate-700">{item.supplierName}</td>
      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
        {item.priceClp === null ? (
          <span className="text-slate-400">{t('catalog.row.noPrice')}</span>
        ) : (
          format.clp(item.priceClp)
        )}
      </td>
      <td className="px-3 py-2 text-right tabular-nums">
        {item.stock === null ? t('common.none') : format.number(item.stock)}
      </td>
      <td className="px-3 py-2">
        <AvailabilityTag availability={item.availability} />
      </td>
      <td className="py-2 pr-5 pl-3 text-slate-700">
        <FitmentCell item={item} />
      </td>
    </tr>
  );
}
