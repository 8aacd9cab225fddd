import { z } from 'zod';
import { runStatusSchema } from './events';
import { importKindSchema } from './imports';

/** Days of the dashboard's daily series, ending today. */
export const DASHBOARD_DAYS = 30;
/** Days and times are Chile's (the business's day), whatever the server's clock says: dashboard and exports. */
export const BUSINESS_TIME_ZONE = 'America/Santiago';

/** A calendar day, `YYYY-MM-DD`. */
const daySchema = z.iso.date();
const count = z.number().int().nonnegative();

export const supplierSummarySchema = z.object({
  supplierId: z.uuid(),
  name: z.string(),
  /** Products the supplier still lists. */
  products: count,
  /** Of those, the ones in stock. */
  inStock: count,
  /** Products the supplier no longer lists (kept, marked missing). */
  missing: count,
  /** The supplier's most recent import run, of either kind. */
  lastRun: z
    .object({
      kind: importKindSchema,
      status: runStatusSchema,
      reason: z.string().nullable(),
      createdAt: z.date(),
      finishedAt: z.date().nullable(),
    })
    .nullable(),
});
export type SupplierSummary = z.infer<typeof supplierSummarySchema>;

export const dashboardSummarySchema = z.object({
  timeZone: z.string(),
  totals: z.object({ products: count, inStock: count, missing: count, suppliers: count }),
  suppliers: z.array(supplierSummarySchema),
  /** One entry per day of the last DASHBOARD_DAYS, oldest first, zero-filled. */
  days: z.array(
    z.object({
      day: daySchema,
      /** Runs that ended that day, by how they ended. */
      runsSucceeded: count,
      runsFailed: count,
      runsCancelled: count,
      /** product_history rows whose price differs from the product's previous one. */
      priceChanges: count,
      /** Products first seen that day (and still in the catalog). */
      newProducts: count,
      /** Products marked missing that day (and still missing). */
      missingProducts: count,
    }),
  ),
});
export type DashboardSummary = z.infer<typeof dashboardSummarySchema>;
