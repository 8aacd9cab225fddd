'use client';

import { useT } from '@/hooks/useI18n';
import { errorMessage } from '@/lib/errors';
import type { FeedStatus } from '@/lib/run-feeds';

interface LiveIndicatorProps {
  status: FeedStatus;
  error: unknown;
  /** Once the run is over the stream ends by design: nothing to show. */
  finished: boolean;
}

/** Whether events are streaming in: "Live", "Connecting…" or why not. */
export function LiveIndicator({ status, error, finished }: LiveIndicatorProps) {
  const t = useT();
  if (finished || status === 'idle') return null;
  if (status === 'error') {
    return (
      <span data-testid="run-live" data-state="error" className="text-xs text-red-700">
        {t('run.live.error', { message: errorMessage(error) })}
      </span>
    );
  }
  const live = status === 'pending';
  return (
    <span
      data-testid="run-live"
      data-state={status}
      className="inline-flex items-center gap-1.5 text-xs font-medium text-slate-500"
    >
      <span
        aria-hidden="true"
        className={`size-2 rounded-full ${live ? 'animate-pulse bg-emerald-500' : 'bg-slate-300'}`}
      />
      {live ? t('run.live.live') : t('run.live.connecting')}
    </span>
  );
}
