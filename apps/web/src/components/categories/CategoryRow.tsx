'use client';

import type { Category } from '@syncar/contracts';
import { Badge } from '@/components/ui/Badge';
import { useFormat, useT } from '@/hooks/useI18n';

/** The part of a category URL worth reading: the host is the supplier's portal for every row. */
function shortUrl(url: string): string {
  try {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  } catch {
    return url;
  }
}

export function CategoryRow({ category }: { category: Category }) {
  const t = useT();
  const format = useFormat();
  return (
    <tr
      data-testid="category-row"
      data-external-id={category.externalId}
      data-missing={category.missingSince ? 'true' : 'false'}
      className="align-top hover:bg-slate-50"
    >
      <th scope="row" className="px-5 py-3 text-left font-medium text-slate-900">
        {category.name}
      </th>
      <td className="px-5 py-3 font-mono text-xs whitespace-nowrap text-slate-600">{category.externalId}</td>
      <td className="max-w-xs px-5 py-3">
        <a
          href={category.url}
          target="_blank"
          rel="noopener noreferrer"
          title={category.url}
          className="block truncate font-mono text-xs text-sky-700 underline-offset-2 hover:underline"
        >
          {shortUrl(category.url)}
          <span className="sr-only"> {t('common.opensInNewTab')}</span>
        </a>
      </td>
      <td className="px-5 py-3 whitespace-nowrap">
        {category.missingSince ? (
          <Badge
            tone="warning"
            data-testid="category-missing"
            title={t('categories.missingSince', { date: format.dateTime(category.missingSince) })}
          >
            {t('categories.missing')}
          </Badge>
        ) : (
          <span className="text-xs text-slate-500">{t('categories.present')}</span>
        )}
      </td>
    </tr>
  );
}
