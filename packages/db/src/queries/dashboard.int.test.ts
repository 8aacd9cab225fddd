import { BUSINESS_TIME_ZONE, DASHBOARD_DAYS } from '@syncar/contracts';
import { type RawBuilder, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDatabase, createTestDb, type TestDatabase } from '../testing';
import { type CatalogFixture, seedCatalogFixture } from '../testing-catalog';
import { dashboardSummary } from './dashboard';
import { createRun } from './runs';

let database: TestDatabase;
let db: Db;
let fixture: CatalogFixture;

const TZ = sql.lit(BUSINESS_TIME_ZONE);
/** Noon, Santiago time, `daysAgo` days before today (Santiago's today). */
const noon = (daysAgo: number): RawBuilder<Date> =>
  sql<Date>`(((now() AT TIME ZONE ${TZ})::date - ${daysAgo}::int) + time '12:00') AT TIME ZONE ${TZ}`;

async function addRun(supplierId: string, status: string, finishedDaysAgo: number | null, kind = 'products') {
  const runId = await createRun(db, { supplierId, kind: kind as 'products' });
  await db
    .updateTable('importRuns')
    .set({
      status,
      reason: status === 'failed' ? 'portal caído' : null,
      createdAt: finishedDaysAgo === null ? sql<Date>`now()` : noon(finishedDaysAgo),
      finishedAt: finishedDaysAgo === null ? null : noon(finishedDaysAgo),
    })
    .where('id', '=', runId)
    .execute();
  return runId;
}

async function addHistory(productId: string, daysAgo: number, priceClp: number | null, stock: number) {
  await db
    .insertInto('productHistory')
    .values({ productId, observedAt: noon(daysAgo), priceClp, stock, availability: 'in_stock' })
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  fixture = await seedCatalogFixture(db, { perSupplier: 90 });
  const [north, south] = fixture.suppliers;
  // The fixture's products arrived today; move some arrivals into the past, some beyond the window.
  const [a, b, c, d, e] = fixture.products;
  for (const [product, daysAgo] of [
    [a, 3],
    [b, 3],
    [c, 10],
    [d, 45],
  ] as const) {
    await db
      .updateTable('products')
      .set({ firstSeenAt: noon(daysAgo) })
      .where('id', '=', product!.id)
      .execute();
  }
  // Gone from the supplier: two this week, one long ago.
  for (const [product, daysAgo] of [
    [a, 1],
    [c, 1],
    [e, 60],
  ] as const) {
    await db
      .updateTable('products')
      .set({ missingSince: noon(daysAgo) })
      .where('id', '=', product!.id)
      .execute();
  }
  // Price history: a's first row is its arrival (today's fixture row); later rows change the price or not.
  await addHistory(b!.id, 5, 10_000, 3);
  await addHistory(b!.id, 2, 12_000, 3); // price change
  await addHistory(b!.id, 2, 12_000, 1); // stock only
  await addHistory(b!.id, 1, null, 0); // price gone: a change
  await addHistory(d!.id, 40, 1, 1); // outside the window
  // Runs: the fixture's own (succeeded today), plus these.
  await addRun(north!.id, 'succeeded', 1);
  await addRun(north!.id, 'failed', 1);
  await addRun(south!.id, 'cancelled', 4, 'categories');
  await addRun(south!.id, 'failed', 40);
  await addRun(south!.id, 'queued', null);
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

/** Counts per Santiago day straight from SQL, written independently of the dashboard's query. */
async function perDay(query: RawBuilder<{ day: string; count: number }>): Promise<Map<string, number>> {
  const { rows } = await query.execute(db);
  return new Map(rows.map((row) => [row.day, row.count]));
}
const dayOf = (column: string) =>
  sql.raw(`to_char((${column} AT TIME ZONE '${BUSINESS_TIME_ZONE}')::date, 'YYYY-MM-DD')`);

describe('dashboardSummary', () => {
  it('counts each supplier’s products, stock and missing ones, and shows its latest run', async () => {
    const summary = await dashboardSummary(db);
    const products = await db
      .selectFrom('products')
      .select(['supplierId', 'availability', 'missingSince'])
      .execute();
    const runs = await db
      .selectFrom('importRuns')
      .select(['supplierId', 'kind', 'status', 'reason', 'createdAt', 'finishedAt'])
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(summary.suppliers.map((s) => s.supplierId).sort()).toEqual(
      fixture.suppliers.map((s) => s.id).sort(),
    );
    for (const supplier of summary.suppliers) {
      const own = products.filter((p) => p.supplierId === supplier.supplierId);
      const listed = own.filter((p) => p.missingSince === null);
      const latest = runs.find((run) => run.supplierId === supplier.supplierId)!;
      expect(supplier).toEqual({
        supplierId: supplier.supplierId,
        name: fixture.suppliers.find((s) => s.id === supplier.supplierId)!.name,
        products: listed.length,
        inStock: listed.filter((p) => p.availability === 'in_stock').length,
        missing: own.length - listed.length,
        lastRun: {
          kind: latest.kind,
          status: latest.status,
          reason: latest.reason,
          createdAt: latest.createdAt,
          finishedAt: latest.finishedAt,
        },
      });
    }
    expect(summary.suppliers.find((s) => s.supplierId === fixture.suppliers[1]!.id)?.lastRun?.status).toBe(
      'queued',
    );
    expect(summary.totals).toEqual({
      products: products.filter((p) => p.missingSince === null).length,
      inStock: products.filter((p) => p.missingSince === null && p.availability === 'in_stock').length,
      missing: 3,
      suppliers: 3,
    });
  });

  it('gives 30 days of runs, price changes, arrivals and departures equal to direct SQL counts', async () => {
    const { days } = await dashboardSummary(db);
    expect(days).toHaveLength(DASHBOARD_DAYS);
    const { rows } = await sql<{ today: string }>`
      SELECT to_char((now() AT TIME ZONE ${TZ})::date, 'YYYY-MM-DD') AS today`.execute(db);
    expect(days.at(-1)?.day).toBe(rows[0]!.today);
    const first = days[0]!.day;
    const window = sql`>= (${first}::date::timestamp AT TIME ZONE ${TZ})`;

    const runs = (status: string) =>
      perDay(sql`SELECT ${dayOf('finished_at')} AS day, count(*)::int AS count FROM import_runs
        WHERE status = ${status} AND finished_at ${window} GROUP BY 1`);
    const [succeeded, failed, cancelled] = await Promise.all([
      runs('succeeded'),
      runs('failed'),
      runs('cancelled'),
    ]);
    const prices = await perDay(sql`
      SELECT ${dayOf('observed_at')} AS day, count(*)::int AS count FROM (
        SELECT observed_at, price_clp,
          lag(price_clp) OVER w AS previous_price, row_number() OVER w AS n
        FROM product_history WINDOW w AS (PARTITION BY product_id ORDER BY observed_at, id)
      ) AS h
      WHERE n > 1 AND previous_price IS DISTINCT FROM price_clp AND observed_at ${window} GROUP BY 1`);
    const arrivals = await perDay(sql`SELECT ${dayOf('first_seen_at')} AS day, count(*)::int AS count
      FROM products WHERE first_seen_at ${window} GROUP BY 1`);
    const departures = await perDay(sql`SELECT ${dayOf('missing_since')} AS day, count(*)::int AS count
      FROM products WHERE missing_since ${window} GROUP BY 1`);

    for (const day of days) {
      expect(day, day.day).toEqual({
        day: day.day,
        runsSucceeded: succeeded.get(day.day) ?? 0,
        runsFailed: failed.get(day.day) ?? 0,
        runsCancelled: cancelled.get(day.day) ?? 0,
        priceChanges: prices.get(day.day) ?? 0,
        newProducts: arrivals.get(day.day) ?? 0,
        missingProducts: departures.get(day.day) ?? 0,
      });
    }
    // And the figures seeded above, by hand: the SQL above must not agree with a wrong query by accident.
    const at = (daysAgo: number) => days[DASHBOARD_DAYS - 1 - daysAgo]!;
    expect(at(1)).toMatchObject({ runsSucceeded: 1, runsFailed: 1, priceChanges: 1, missingProducts: 2 });
    expect(at(2)).toMatchObject({ priceChanges: 1 });
    expect(at(3)).toMatchObject({ newProducts: 2 });
    expect(at(4)).toMatchObject({ runsCancelled: 1 });
    expect(at(0)).toMatchObject({ runsSucceeded: 3, newProducts: fixture.products.length - 4 });
    expect(days.reduce((sum, day) => sum + day.runsFailed, 0)).toBe(1);
  });
});
