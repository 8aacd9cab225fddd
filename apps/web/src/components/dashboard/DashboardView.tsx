'use client';

import { AccessDenied } from '@/components/auth/AccessDenied';
import { Alert } from '@/components/ui/Alert';
import { Skeleton } from '@/components/ui/Skeleton';
import { useDashboardSummary } from '@/hooks/useDashboardSummary';
import { useT } from '@/hooks/useI18n';
import { errorMessage, isForbidden } from '@/lib/errors';
import { DailyChart } from './DailyChart';
import { StatCards } from './StatCards';
import { SupplierTable } from './SupplierTable';

const GREEN = '#059669';
const RED = '#dc2626';
const AMBER = '#d97706';
const SKY = '#0284c7';

/** The catalog and its syncs in figures read from PostgreSQL: totals, per supplier, and 30 days per day. */
export function DashboardView() {
  const t = useT();
  const { data, error } = useDashboardSummary();
  if (isForbidden(error)) return <AccessDenied message={errorMessage(error)} />;
  if (error)
    return (
      <Alert data-testid="dashboard-error">
        {t('dashboard.loadError', { message: errorMessage(error) })}
      </Alert>
    );
  if (!data) {
    return (
      <div className="space-y-4">
        <span className="sr-only">{t('common.loading')}</span>
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-48 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    );
  }
  return (
    <div data-testid="dashboard" className="space-y-6">
      <StatCards totals={data.totals} />
      <SupplierTable suppliers={data.suppliers} />
      <DailyChart
        testId="dashboard-runs"
        title={t('dashboard.runs.title')}
        days={data.days}
        stacked
        series={[
          { key: 'runsSucceeded', label: t('dashboard.runs.succeeded'), color: GREEN },
          { key: 'runsFailed', label: t('dashboard.runs.failed'), color: RED },
          { key: 'runsCancelled', label: t('dashboard.runs.cancelled'), color: AMBER },
        ]}
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <DailyChart
          testId="dashboard-prices"
          title={t('dashboard.prices.title')}
          days={data.days}
          series={[{ key: 'priceChanges', label: t('dashboard.prices.series'), color: SKY }]}
        />
        <DailyChart
          testId="dashboard-catalog"
          title={t('dashboard.catalog.title')}
          days={data.days}
          series={[
            { key: 'newProducts', label: t('dashboard.catalog.new'), color: GREEN },
            { key: 'missingProducts', label: t('dashboard.catalog.missing'), color: AMBER },
          ]}
        />
      </div>
      <p className="text-xs text-slate-500">{t('dashboard.timeZone', { zone: data.timeZone })}</p>
    </div>
  );
}
