import {
  BUSINESS_TIME_ZONE,
  DASHBOARD_DAYS,
  type DashboardSummary,
  type ImportKind,
  type RunStatus,
  type SupplierSummary,
} from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

const TZ = sql.lit(BUSINESS_TIME_ZONE);

interface SupplierRow {
  supplierId: string;
  name: string;
  products: number;
  inStock: number;
  missing: number;
  runKind: ImportKind | null;
  runStatus: RunStatus | null;
  runReason: string | null;
  runCreatedAt: Date | null;
  runFinishedAt: Date | null;
}

/** Per supplier: products listed, in stock and missing, and its latest import run. */
async function supplierSummaries(db: Db): Promise<SupplierSummary[]> {
  const { rows } = await sql<SupplierRow>`
    SELECT s.id AS supplier_id, s.name,
      coalesce(counts.products, 0)::int AS products,
      coalesce(counts.in_stock, 0)::int AS in_stock,
      coalesce(counts.missing, 0)::int AS missing,
      run.kind AS run_kind, run.status AS run_status, run.reason AS run_reason,
      run.created_at AS run_created_at, run.finished_at AS run_finished_at
    FROM suppliers AS s
    LEFT JOIN (
      SELECT supplier_id,
        count(*) FILTER (WHERE missing_since IS NULL) AS products,
        count(*) FILTER (WHERE missing_since IS NULL AND availability = 'in_stock') AS in_stock,
        count(*) FILTER (WHERE missing_since IS NOT NULL) AS missing
      FROM products GROUP BY supplier_id
    ) AS counts ON counts.supplier_id = s.id
    LEFT JOIN LATERAL (
      SELECT kind, status, reason, created_at, finished_at FROM import_runs AS r
      WHERE r.supplier_id = s.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1
    ) AS run ON true
    ORDER BY s.name, s.id`.execute(db);
  return rows.map((row) => ({
    supplierId: row.supplierId,
    name: row.name,
    products: row.products,
    inStock: row.inStock,
    missing: row.missing,
    lastRun:
      row.runKind && row.runStatus && row.runCreatedAt
        ? {
            kind: row.runKind,
            status: row.runStatus,
            reason: row.runReason,
            createdAt: row.runCreatedAt,
            finishedAt: row.runFinishedAt,
          }
        : null,
  }));
}

/**
 * The daily series of the last DASHBOARD_DAYS days (today included), days in the business's time zone:
 * runs by how they ended, price changes (a history row whose price differs from the product's previous
 * row; a product's first row is its arrival, not a change), products first seen and products gone missing.
 */
async function dailySeries(db: Db): Promise<DashboardSummary['days']> {
  const { rows } = await sql<DashboardSummary['days'][number]>`
    WITH bounds AS (
      SELECT (now() AT TIME ZONE ${TZ})::date - ${DASHBOARD_DAYS - 1}::int AS first_day
    ),
    since AS (SELECT (first_day::timestamp AT TIME ZONE ${TZ}) AS at FROM bounds),
    days AS (
      SELECT (first_day + offs)::date AS day FROM bounds, generate_series(0, ${DASHBOARD_DAYS - 1}::int) AS offs
    ),
    runs AS (
      SELECT (finished_at AT TIME ZONE ${TZ})::date AS day,
        count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
        count(*) FILTER (WHERE status = 'failed') AS failed,
        count(*) FILTER (WHERE status = 'cancelled') AS cancelled
      FROM import_runs, since
      WHERE finished_at >= since.at AND status IN ('succeeded', 'failed', 'cancelled')
      GROUP BY 1
    ),
    prices AS (
      SELECT (h.observed_at AT TIME ZONE ${TZ})::date AS day, count(*) AS changes
      FROM since, product_history AS h
      JOIN LATERAL (
        SELECT p.price_clp FROM product_history AS p
        WHERE p.product_id = h.product_id AND (p.observed_at, p.id) < (h.observed_at, h.id)
        ORDER BY p.observed_at DESC, p.id DESC LIMIT 1
      ) AS previous ON true
      WHERE h.observed_at >= since.at AND previous.price_clp IS DISTINCT FROM h.price_clp
      GROUP BY 1
    ),
    arrivals AS (
      SELECT (first_seen_at AT TIME ZONE ${TZ})::date AS day, count(*) AS products
      FROM products, since WHERE first_seen_at >= since.at GROUP BY 1
    ),
    departures AS (
      SELECT (missing_since AT TIME ZONE ${TZ})::date AS day, count(*) AS products
      FROM products, since WHERE missing_since >= since.at GROUP BY 1
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
      coalesce(runs.succeeded, 0)::int AS runs_succeeded,
      coalesce(runs.failed, 0)::int AS runs_failed,
      coalesce(runs.cancelled, 0)::int AS runs_cancelled,
      coalesce(prices.changes, 0)::int AS price_changes,
      coalesce(arrivals.products, 0)::int AS new_products,
      coalesce(departures.products, 0)::int AS missing_products
    FROM days
    LEFT JOIN runs USING (day)
    LEFT JOIN prices USING (day)
    LEFT JOIN arrivals USING (day)
    LEFT JOIN departures USING (day)
    ORDER BY days.day`.execute(db);
  return rows;
}

/** The dashboard's figures, all read from PostgreSQL. */
export async function dashboardSummary(db: Db): Promise<DashboardSummary> {
  const [suppliers, days] = await Promise.all([supplierSummaries(db), dailySeries(db)]);
  const sum = (pick: (supplier: SupplierSummary) => number) =>
    suppliers.reduce((total, supplier) => total + pick(supplier), 0);
  return {
    timeZone: BUSINESS_TIME_ZONE,
    totals: {
      products: sum((s) => s.products),
      inStock: sum((s) => s.inStock),
      missing: sum((s) => s.missing),
      suppliers: suppliers.length,
    },
    suppliers,
    days,
  };
}
