'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '@/lib/trpc';

const PAGE_SIZE = 50;

export interface AuditFilters {
  /** Actions starting with this, e.g. `auth.` or `user.updated`. */
  action: string;
  /** `YYYY-MM-DD` days, both included, in the browser's time zone; empty for no bound. */
  from: string;
  to: string;
}

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', from: '', to: '' };

/** Local midnight starting `day` (`YYYY-MM-DD`), `offsetDays` later. */
function startOfDay(day: string, offsetDays = 0): Date | undefined {
  if (!day) return undefined;
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return undefined;
  return new Date(year, month - 1, date + offsetDays);
}

/** Audit entries, newest first, a page at a time. `to` includes its whole day (the API's bound is exclusive). */
export function useAuditLog(filters: AuditFilters) {
  const trpc = useTRPC();
  return useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      {
        action: filters.action.trim() || undefined,
        from: startOfDay(filters.from),
        to: startOfDay(filters.to, 1),
        limit: PAGE_SIZE,
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
}
