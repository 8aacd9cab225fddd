import { dashboardSummarySchema } from '@syncar/contracts';
import { dashboardSummary } from '@syncar/db';
import { procedure, router } from '../trpc';

export const dashboardRouter = router({
  /** Products per supplier, stock, each supplier's last sync and the daily series of the last 30 days. */
  summary: procedure('catalog:read')
    .output(dashboardSummarySchema)
    .query(({ ctx }) => dashboardSummary(ctx.db)),
});
