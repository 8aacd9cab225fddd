'use client';

import type { ExportStatus } from '@syncar/contracts';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { useT } from '@/hooks/useI18n';

const TONE: Record<ExportStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'info',
  ready: 'success',
  failed: 'danger',
  expired: 'warning',
};

export function ExportStatusBadge({ status }: { status: ExportStatus }) {
  const t = useT();
  return (
    <Badge tone={TONE[status]} data-testid="export-status" data-status={status}>
      {t(`export.status.${status}`)}
    </Badge>
  );
}
