'use client';

import type { CatalogProduct } from '@syncar/contracts';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';

/** The description, the OEM/factory codes and the technical specifications as the supplier lists them. */
export function ProductSpecs({ product }: { product: CatalogProduct }) {
  const t = useT();
  return (
    <Panel data-testid="product-specs" aria-labelledby="product-specs-title" className="space-y-4 p-5">
      <h2 id="product-specs-title" className="text-base font-semibold">
        {t('product.specs')}
      </h2>
      {product.description && (
        <p className="text-sm whitespace-pre-line text-slate-700">{product.description}</p>
      )}
      <div>
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {t('product.oemCodes')}
        </h3>
        {product.oemCodes.length ? (
          <ul className="mt-1.5 flex flex-wrap gap-1.5">
            {product.oemCodes.map((code) => (
              <li
                key={code}
                data-testid="oem-code"
                className="rounded-md bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-800"
              >
                {code}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-500">{t('product.noOemCodes')}</p>
        )}
      </div>
      {product.specs.length > 0 && (
        <table className="min-w-full divide-y divide-slate-100 text-sm">
          <caption className="sr-only">{t('product.specsCaption', { name: product.name })}</caption>
          <tbody className="divide-y divide-slate-100">
            {product.specs.map((spec) => (
              <tr key={`${spec.name}:${spec.value}`} data-testid="spec-row">
                <th scope="row" className="w-1/3 py-1.5 pr-4 text-left font-medium text-slate-600">
                  {spec.name}
                </th>
                <td className="py-1.5 text-slate-900">{spec.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
