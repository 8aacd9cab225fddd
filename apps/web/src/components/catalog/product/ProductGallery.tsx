'use client';

import type { CatalogProduct } from '@syncar/contracts';
import { useState } from 'react';
import { Panel } from '@/components/ui/Panel';
import { useT } from '@/hooks/useI18n';

interface ProductGalleryProps {
  name: string;
  images: CatalogProduct['images'];
  /** The API's public URL: images are served from `/media/<hash>` there. */
  apiUrl: string;
}

/** The product's downloaded images: one large, the rest as thumbnails to choose from. */
export function ProductGallery({ name, images, apiUrl }: ProductGalleryProps) {
  const t = useT();
  const downloaded = images.filter((image) => image.contentHash !== null);
  const [selected, setSelected] = useState(0);
  const current = downloaded[selected] ?? downloaded[0];
  const media = (hash: string, thumb = false) =>
    `${apiUrl.replace(/\/+$/, '')}/media/${hash}${thumb ? '/thumb' : ''}`;

  return (
    <Panel data-testid="product-gallery" aria-label={t('product.gallery')} className="p-4">
      {current ? (
        <img
          data-testid="gallery-main"
          src={media(current.contentHash!)}
          alt={t('product.imageAlt', { name, n: selected + 1, total: downloaded.length })}
          width={current.width ?? undefined}
          height={current.height ?? undefined}
          className="mx-auto aspect-square w-full rounded-lg bg-slate-50 object-contain"
        />
      ) : (
        <p className="grid aspect-square place-items-center rounded-lg bg-slate-50 px-6 text-center text-sm text-slate-500">
          {images.length ? t('product.imagesPending') : t('product.noImages')}
        </p>
      )}
      {downloaded.length > 1 && (
        <ul className="mt-3 flex flex-wrap gap-2">
          {downloaded.map((image, index) => (
            <li key={image.position}>
              <button
                type="button"
                data-testid="gallery-thumb"
                onClick={() => setSelected(index)}
                aria-pressed={index === selected}
                aria-label={t('product.showImage', { n: index + 1 })}
                className="block size-16 overflow-hidden rounded-md ring-1 ring-slate-200 aria-pressed:ring-2 aria-pressed:ring-sky-600 focus-visible:outline-2 focus-visible:outline-sky-600"
              >
                <img src={media(image.contentHash!, true)} alt="" className="size-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
