'use client';

import { useActiveRuns } from '@/hooks/useActiveRuns';
import { useT } from '@/hooks/useI18n';
import { useCan } from '@/hooks/useMe';
import { useRunPills } from '@/hooks/useRunPills';
import { RunPill } from './RunPill';

/**
 * The imports under way, of every supplier, as pills that follow the user from page to page (for roles that may
 * read imports). Each one streams its run's events; it goes a few seconds after the run ends.
 */
export function ActiveRuns({ className = '' }: { className?: string }) {
  const t = useT();
  const can = useCan();
  const allowed = can('imports:read');
  const active = useActiveRuns(allowed);
  const { pills, ended } = useRunPills(allowed ? active.data : undefined);
  if (!allowed || pills.length === 0) return null;

  return (
    <section aria-label={t('activeRuns.label')} data-testid="active-runs" className={`min-w-0 ${className}`}>
      <h2 className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase md:px-2">
        {t('activeRuns.title')}
      </h2>
      <ul className="flex flex-wrap gap-2 md:flex-col md:flex-nowrap">
        {pills.map(({ run }) => (
          <li key={run.id} className="w-56 max-w-full md:w-auto">
            <RunPill run={run} onEnded={ended} />
          </li>
        ))}
      </ul>
    </section>
  );
}
