'use client';

import type { Category } from '@syncar/contracts';
import { memo } from 'react';
import { Badge } from '@/components/ui/Badge';
import { useFormat, useT } from '@/hooks/useI18n';
import { isSelectable } from '@/lib/category-selection';

/** The part of a category URL worth reading: the host is the supplier's portal for every row. */
function shortUrl(url: string): string {
  try {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  } catch {
    return url;
  }
}

interface CategoryRowProps {
  category: Category;
  /** Given to roles that may run imports: the row then gets a checkbox. */
  onSelect?: (category: Category, checked: boolean) => void;
  checked?: boolean;
}

/** One category; with `onSelect`, its checkbox (disabled for a category the portal no longer lists). */
export const CategoryRow = memo(function CategoryRow({
  category,
  onSelect,
  checked = false,
}: CategoryRowProps) {
  const t = useT();
  const format = useFormat();
  const selectable = isSelectable(category);
  const checkboxId = `category-select-${category.id}`;
  return (
    <tr
      data-testid="category-row"
      data-external-id={category.externalId}
      data-missing={category.missingSince ? 'true' : 'false'}
      data-selected={onSelect ? String(checked) : undefined}
      className={`align-top hover:bg-slate-50 ${checked ? 'bg-sky-50/60' : ''}`}
    >
      {onSelect && (
        <td className="w-10 py-3 pr-1 pl-5">
          <input
            id={checkboxId}
            type="checkbox"
            data-testid="category-select"
            checked={checked}
            disabled={!selectable}
            onChange={(event) => onSelect(category, event.target.checked)}
            aria-label={t('categories.selectOne', { name: category.name })}
            title={selectable ? undefined : t('categories.notSelectable')}
            className="mt-0.5 size-4 cursor-pointer accent-sky-600 disabled:cursor-not-allowed"
          />
        </td>
      )}
      <th scope="row" className="px-5 py-3 text-left font-medium text-slate-900">
        {onSelect && selectable ? (
          <label htmlFor={checkboxId} className="cursor-pointer">
            {category.name}
          </label>
        ) : (
          category.name
        )}
      </th>
      <td data-testid="category-products" className="px-5 py-3 text-right text-slate-700 tabular-nums">
        {format.number(category.productCount)}
      </td>
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
});
