import {
  BUSINESS_TIME_ZONE,
  type CatalogFilters,
  type CatalogSort,
  EXPORT_AVAILABILITY_LABELS,
  EXPORT_COLUMN_KINDS,
  EXPORT_HEADERS,
  type ExportColumn,
  type ExportColumnKind,
  type StartExportInput,
} from '@syncar/contracts';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../client';
import { catalogFilterCondition, catalogOrderBy } from './catalog-search';

/** A cell as the file writers take it: dates already as wall-clock text in the business's time zone. */
export type ExportCell = string | number | null;

export interface ExportSpec {
  filters: CatalogFilters;
  sort: CatalogSort;
  columns: readonly ExportColumn[];
  locale: StartExportInput['locale'];
}

const TZ = sql.lit(BUSINESS_TIME_ZONE);
const wallClock = (column: RawBuilder<unknown>) =>
  sql`to_char(${column} AT TIME ZONE ${TZ}, 'YYYY-MM-DD HH24:MI:SS')`;

/** Each column's SQL over `products` (with `s` the supplier and `c` the category). */
const COLUMN_SQL: Record<ExportColumn, RawBuilder<unknown>> = {
  sku: sql`products.sku`,
  name: sql`products.name`,
  brand: sql`products.brand`,
  supplier: sql`s.name`,
  category: sql`c.name`,
  priceClp: sql`products.price_clp`,
  stock: sql`products.stock`,
  availability: sql`products.availability`,
  availableFrom: sql`to_char(products.available_from, 'YYYY-MM-DD')`,
  oemCodes: sql`nullif(array_to_string(products.oem_codes, ', '), '')`,
  // "TOYOTA COROLLA 1.8 (2010-2015); ..." in the portal's order.
  fitments: sql`(
    SELECT string_agg(
      concat_ws(' ', f.make, f.model, f.secondary,
        CASE WHEN f.year_from IS NOT NULL OR f.year_to IS NOT NULL
          THEN '(' || coalesce(f.year_from::text, '') || '-' || coalesce(f.year_to::text, '') || ')' END),
      '; ' ORDER BY f.position)
    FROM product_fitments AS f WHERE f.product_id = products.id)`,
  description: sql`products.description`,
  url: sql`products.url`,
  firstSeenAt: wallClock(sql`products.first_seen_at`),
  updatedAt: wallClock(sql`products.updated_at`),
  missingSince: wallClock(sql`products.missing_since`),
  id: sql`products.id::text`,
};

/** The header and kind of each chosen column, in the file's language. */
export function exportTableColumns(
  columns: readonly ExportColumn[],
  locale: ExportSpec['locale'],
): Array<{ header: string; kind: ExportColumnKind }> {
  return columns.map((column) => ({
    header: EXPORT_HEADERS[locale][column],
    kind: EXPORT_COLUMN_KINDS[column],
  }));
}

/**
 * The rows of a catalog view for an export: the search's own filter and order (catalog-search.ts), so the file
 * holds exactly what the search page shows, page after page.
 */
function exportQuery(spec: ExportSpec) {
  const select = spec.columns.map((column, index) => sql`${COLUMN_SQL[column]} AS ${sql.ref(`c${index}`)}`);
  return sql<Record<string, ExportCell>>`
    SELECT ${sql.join(select)}
    FROM products
    JOIN suppliers AS s ON s.id = products.supplier_id
    LEFT JOIN categories AS c ON c.id = products.category_id
    WHERE ${catalogFilterCondition(spec.filters)}
    ORDER BY ${catalogOrderBy(spec.sort, spec.filters)}`;
}

/** How many rows a view has, counting no further than `limit` (enough to choose direct or job). */
export async function countCatalogView(db: Db, filters: CatalogFilters, limit: number): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count
    FROM (SELECT 1 FROM products WHERE ${catalogFilterCondition(filters)} LIMIT ${limit}) AS capped`.execute(
    db,
  );
  return rows[0]!.count;
}

export interface StreamExportOptions {
  /** Rows per FETCH; each batch is handed over before the next one is read. */
  batchSize?: number;
  /** Called once, before the first batch, with the number of rows the export will hold. */
  onTotal?: (total: number) => Promise<void> | void;
}

/**
 * Streams a view's rows through a server-side cursor (DECLARE/FETCH in a read-only REPEATABLE READ
 * transaction): one batch in memory at a time however large the view, and count and rows from one snapshot,
 * so a sync running meanwhile changes neither. `onBatch` is awaited, so a slow reader slows the FETCHes down.
 * Returns the number of rows streamed.
 */
export async function streamCatalogExport(
  db: Db,
  spec: ExportSpec,
  onBatch: (rows: ExportCell[][]) => Promise<void>,
  { batchSize = 1_000, onTotal }: StreamExportOptions = {},
): Promise<number> {
  const labels = EXPORT_AVAILABILITY_LABELS[spec.locale];
  const availability = spec.columns.indexOf('availability');
  const keys = spec.columns.map((_, index) => `c${index}`);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      if (onTotal) {
        const { rows } = await sql<{ count: number }>`
          SELECT count(*)::int AS count FROM products WHERE ${catalogFilterCondition(spec.filters)}`.execute(
          trx,
        );
        await onTotal(rows[0]!.count);
      }
      await sql`DECLARE syncar_export NO SCROLL CURSOR FOR ${exportQuery(spec)}`.execute(trx);
      let streamed = 0;
      for (;;) {
        const { rows } = await sql<Record<string, ExportCell>>`
          FETCH FORWARD ${sql.lit(batchSize)} FROM syncar_export`.execute(trx);
        if (!rows.length) break;
        const cells = rows.map((row) => {
          const values = keys.map((key) => row[key] ?? null);
          if (availability >= 0) values[availability] = labels[values[availability] as string] ?? null;
          return values;
        });
        await onBatch(cells);
        streamed += rows.length;
        if (rows.length < batchSize) break;
      }
      return streamed;
    });
}
