'use client';

import type { RunStatus } from '@syncar/contracts';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { useT } from '@/hooks/useI18n';

const TONE: Record<RunStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'info',
  succeeded: 'success',
  failed: 'danger',
  cancelled: 'warning',
};

const DOT: Record<RunStatus, string> = {
  queued: 'bg-slate-400',
  running: 'bg-sky-500 animate-pulse',
  succeeded: 'bg-emerald-500',
  failed: 'bg-red-500',
  cancelled: 'bg-amber-500',
};

interface RunStatusBadgeProps {
  status: RunStatus;
  /** `run-status` marks the live panel's badge; other lists of runs use their own. */
  testId?: string;
}

export function RunStatusBadge({ status, testId = 'run-status' }: RunStatusBadgeProps) {
  const t = useT();
  return (
    <Badge tone={TONE[status]} data-testid={testId} data-status={status}>
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOT[status]}`} />
      {t(`run.status.${status}`)}
    </Badge>
  );
}
