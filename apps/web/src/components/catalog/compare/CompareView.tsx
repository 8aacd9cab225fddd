'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useId, useState } from 'react';
import { Alert } from '@/components/ui/Alert';
import { Button } from '@/components/ui/Button';
import { Skeleton } from '@/components/ui/Skeleton';
import { useCompareParts } from '@/hooks/useCompareParts';
import { useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';
import { PartGroupCard } from './PartGroupCard';

/**
 * The cross-supplier comparison: a search box (kept in the address as `?q=`, so a comparison can be shared)
 * and the parts several suppliers offer among the products it finds, a page at a time.
 */
export function CompareView() {
  const t = useT();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const inputId = useId();
  const compare = useCompareParts({ q });
  const groups = compare.data?.pages.flatMap((page) => page.groups);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (draft.trim()) next.set('q', draft.trim());
    else next.delete('q');
    router.replace(next.size ? `${pathname}?${next}` : pathname);
  };

  return (
    <div className="space-y-5">
      <search>
        <form onSubmit={submit} className="flex max-w-xl gap-2">
          <label htmlFor={inputId} className="sr-only">
            {t('compare.search')}
          </label>
          <input
            id={inputId}
            type="search"
            data-testid="compare-search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={t('compare.searchPlaceholder')}
            className="min-w-0 flex-1 rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-sky-600"
          />
          <Button type="submit" data-testid="compare-submit">
            {t('compare.submit')}
          </Button>
        </form>
      </search>
      {groups === undefined && compare.isError && (
        <Alert data-testid="compare-error">
          {t('compare.loadError', { message: errorMessage(compare.error) })}
        </Alert>
      )}
      {groups === undefined && !compare.isError && (
        <div className="space-y-4" aria-busy="true">
          <span className="sr-only">{t('common.loading')}</span>
          <Skeleton className="h-40 w-full" />
          <Skeleton className="h-40 w-full" />
        </div>
      )}
      {groups?.length === 0 && (
        <p
          data-testid="compare-empty"
          className="rounded-xl border border-dashed border-slate-300 bg-white/60 px-5 py-12 text-center text-sm text-slate-500"
        >
          {q ? t('compare.emptyFor', { q }) : t('compare.empty')}
        </p>
      )}
      {groups && groups.length > 0 && (
        <ul className="space-y-4">
          {groups.map((group) => (
            <li key={group.anchor.id}>
              <PartGroupCard group={group} />
            </li>
          ))}
        </ul>
      )}
      {compare.hasNextPage && (
        <Button
          variant="secondary"
          data-testid="compare-more"
          pending={compare.isFetchingNextPage}
          onClick={() => void compare.fetchNextPage()}
        >
          {t('common.loadMore')}
        </Button>
      )}
      {compare.isFetchNextPageError && <Alert>{errorMessage(compare.error)}</Alert>}
    </div>
  );
}
