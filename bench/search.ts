/**
 * `pnpm bench:search`: seeds a fresh database with a million products (with fitments) and measures the catalog
 * search (`searchCatalog`, first page with its total, as the API runs it) for SKU, OEM, name and vehicle queries,
 * against the naive ILIKE query on the same database in the same run. See README.md, "Catalog".
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { catalogFiltersSchema } from '@syncar/contracts';
import { catalogFacets, createDb, searchCatalog } from '@syncar/db';
import { createTestDatabase } from '@syncar/db/testing';
import pg from 'pg';
import { type BenchQuery, buildQueries, KINDS } from './search/queries';
import {
  BUDGET_P95_MS,
  formatTable,
  KIND_LABELS,
  type Latencies,
  percentiles,
  type Row,
} from './search/report';
import { seedCatalog } from './search/seed';
import { cleanUp, cleanUpOnSignals, onCleanup } from './support/cleanup';

const USAGE = 'pnpm bench:search [--products N] [--queries N] [--baseline-queries N] [--keep]';

function readOptions() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      products: { type: 'string', default: '1000000' },
      queries: { type: 'string', default: '200' },
      'baseline-queries': { type: 'string', default: '30' },
      keep: { type: 'boolean', default: false },
    },
  });
  const int = (value: string, name: string, min: number, max: number) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      throw new Error(`--${name} must be an integer from ${min} to ${max}\n${USAGE}`);
    }
    return parsed;
  };
  return {
    products: int(values.products, 'products', 1000, 5_000_000),
    queries: int(values.queries, 'queries', 10, 10_000),
    baselineQueries: int(values['baseline-queries'], 'baseline-queries', 0, 10_000),
    /** Leave the database in place (printed) to look at plans with EXPLAIN. */
    keep: values.keep,
  };
}

const log = (line: string) => console.error(`[bench:search] ${line}`);

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

async function main() {
  const options = readOptions();
  cleanUpOnSignals();
  log(`fresh database, ${options.products.toLocaleString('en')} products`);
  const database = await createTestDatabase('syncar_bench_search');
  if (!options.keep) onCleanup('drop the benchmark database', () => database.drop());
  // One seeding connection per core; the first one also samples the queries and runs the naive baseline.
  const clients = Array.from(
    { length: Math.max(1, cpus().length) },
    () => new pg.Client({ connectionString: database.url }),
  );
  for (const each of clients) await each.connect();
  onCleanup('close the seeding connections', () => Promise.all(clients.map((each) => each.end())));
  const client = clients[0]!;
  const [, seedMs] = await time(() => seedCatalog(clients, options.products, log));
  log(`seeded in ${(seedMs / 1000).toFixed(0)} s`);

  const db = createDb({ connectionString: database.url, max: 4, applicationName: 'bench-search' });
  onCleanup('close the pool', () => db.destroy());
  const queries = await buildQueries(client, options.queries, options.products);
  const search = (query: BenchQuery) =>
    searchCatalog(db, {
      filters: catalogFiltersSchema.parse(query.filters),
      sort: 'relevance',
      limit: 50,
      cursor: null,
    });

  log('warming up');
  for (const query of queries.slice(0, 40)) await search(query);

  const measure = async (label: string, run: () => Promise<number>, into: Map<string, Latencies>) => {
    const [found, ms] = await time(run);
    const entry = into.get(label) ?? { label, ms: [], withResults: 0 };
    entry.ms.push(ms);
    if (found > 0) entry.withResults++;
    into.set(label, entry);
  };

  const syncar = new Map<string, Latencies>();
  log(`SYNCAR: ${queries.length} queries`);
  for (const query of queries)
    await measure(query.kind, async () => (await search(query)).items.length, syncar);

  // Extras (not budgeted): the 10th page of a vehicle search through the cursors, and the facets of a name search.
  const extras = new Map<string, Latencies>();
  for (const query of queries.filter((q) => q.kind === 'vehicle').slice(0, 50)) {
    const filters = catalogFiltersSchema.parse(query.filters);
    let cursor: string | null = null;
    for (let page = 1; page < 10; page++) {
      cursor = (await searchCatalog(db, { filters, sort: 'relevance', limit: 50, cursor })).nextCursor;
      if (!cursor) break;
    }
    if (!cursor) continue;
    const from = cursor;
    await measure(
      'vehicle, 10th page (keyset)',
      async () =>
        (await searchCatalog(db, { filters, sort: 'relevance', limit: 50, cursor: from })).items.length,
      extras,
    );
  }
  for (const query of queries.filter((q) => q.kind === 'name').slice(0, 50)) {
    await measure(
      'facets of a name search',
      async () => (await catalogFacets(db, catalogFiltersSchema.parse(query.filters))).suppliers.length,
      extras,
    );
  }

  // A broad search: one common word (the first of a name query), tens of thousands of matches.
  for (const query of queries.filter((q) => q.kind === 'name').slice(0, 50)) {
    const filters = catalogFiltersSchema.parse({ q: query.label.split(' ')[0] });
    await measure(
      'name, one common word',
      async () =>
        (await searchCatalog(db, { filters, sort: 'relevance', limit: 50, cursor: null })).items.length,
      extras,
    );
  }
  // The catalog page before anything is typed: facets over every product.
  for (let i = 0; i < 10; i++) {
    await measure(
      'facets of the whole catalog',
      async () => (await catalogFacets(db, catalogFiltersSchema.parse({}))).suppliers.length,
      extras,
    );
  }

  const naive = new Map<string, Latencies>();
  if (options.baselineQueries > 0) {
    log(`naive ILIKE baseline: ${options.baselineQueries} queries of each kind`);
    for (const kind of KINDS) {
      for (const query of queries.filter((q) => q.kind === kind).slice(0, options.baselineQueries)) {
        await measure(
          kind,
          async () => (await client.query(query.naive.text, query.naive.values)).rowCount ?? 0,
          naive,
        );
      }
    }
  }

  const rows: Row[] = [
    ...KINDS.map((kind) => ({
      label: KIND_LABELS[kind],
      syncar: percentiles(syncar.get(kind)!),
      ...(naive.has(kind) ? { naive: percentiles(naive.get(kind)!) } : {}),
      budgeted: true,
    })),
    ...[...extras.values()].map((latencies) => ({
      label: latencies.label,
      syncar: percentiles(latencies),
      budgeted: false,
    })),
  ];
  const table = formatTable(rows);
  console.log(
    `\nCatalog search, ${options.products.toLocaleString('en')} products, ${cpus().length} cores; first page of 50 with its total; p95 budget ${BUDGET_P95_MS} ms\n`,
  );
  console.log(table);
  console.log(
    '\nExamples:',
    KINDS.map((kind) => `${kind}: "${queries.find((q) => q.kind === kind)!.label}"`).join('; '),
  );

  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`search-${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`, dir);
  writeFileSync(file, JSON.stringify({ options, seedSeconds: Math.round(seedMs / 1000), rows }, null, 2));
  log(`results: ${file.pathname}`);
  if (options.keep) log(`database kept: ${database.url}`);
  const over = rows.filter((row) => row.budgeted && row.syncar.p95 > BUDGET_P95_MS);
  if (over.length) process.exitCode = 1;
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanUp());
