'use client';

import type { Availability } from '@syncar/contracts';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { useT } from '@/hooks/useI18n';

const TONES: Record<Availability, BadgeTone> = {
  in_stock: 'success',
  out_of_stock: 'danger',
  on_order: 'warning',
  unknown: 'neutral',
};

export function AvailabilityTag({ availability }: { availability: Availability }) {
  const t = useT();
  return <Badge tone={TONES[availability]}>{t(`catalog.availability.${availability}`)}</Badge>;
}
