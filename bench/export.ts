/**
 * `pnpm bench:export [--rows N]`: exports a catalog of N products (default 200,000) to CSV and to XLSX, each
 * in a process of its own, the way SYNCAR does it (server-side cursor, streaming writers, file on disk) and the
 * way a naive export would (every row in memory, the whole file built in memory, then written), in the same
 * run. Prints rows/s, each process's peak RSS (VmHWM) and, for the streaming runs, the RSS as rows go by:
 * flat means memory does not grow with the export.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogFiltersSchema, EXPORT_COLUMNS, type ExportColumn } from '@syncar/contracts';
import {
  createDb,
  type Db,
  type ExportCell,
  exportTableColumns,
  streamCatalogExport,
  upsertCategories,
  upsertSupplier,
} from '@syncar/db';
import { createTestDatabase } from '@syncar/db/testing';
import { CSV_DELIMITER, createTableWriter, csvField, type TableFormat } from '@syncar/storage/exports';
import ExcelJS from 'exceljs';
import pg from 'pg';

type Approach = 'streaming' | 'in memory';

interface ChildResult {
  rows: number;
  seconds: number;
  peakRssMb: number;
  fileMb: number;
  /** [rows so far, RSS in MB] every tenth of the export (streaming only). */
  rssByRows: Array<[number, number]>;
}

const COLUMNS: ExportColumn[] = EXPORT_COLUMNS.filter((column) => column !== 'description');
const SPEC = {
  filters: catalogFiltersSchema.parse({}),
  sort: 'name' as const,
  columns: COLUMNS,
  locale: 'es-CL' as const,
};

const rssMb = () => Math.round(process.memoryUsage.rss() / 1024 / 1024);
const peakRssMb = () =>
  Math.round(Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);

/** 200k products over two suppliers and six categories, a third of them with two fitments; written by SQL. */
async function seed(db: Db, url: string, rows: number): Promise<void> {
  for (const [s, name] of ['Repuestos Norte', 'Frenos del Sur'].entries()) {
    const supplierId = await upsertSupplier(db, {
      slug: `bench-${s}`,
      name,
      connector: 'sandbox',
      baseUrl: 'http://bench.test',
    });
    await upsertCategories(
      db,
      supplierId,
      ['Frenos', 'Suspensión', 'Motor'].map((category, position) => ({
        externalId: `C${position}`,
        name: category,
        url: `http://bench.test/c/${position}`,
        kind: 'linea',
        productCount: null,
      })),
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO products (supplier_id, category_id, sku, name, brand, description, url, price_clp, stock,
      availability, oem_codes)
    SELECT c.supplier_id, c.id, 'SKU-' || g, 'Pastilla de freno ' || (g % 977) || ' reforzada, "premium"',
      (ARRAY['Bosch', 'Valeo', 'Frenos Pérez', 'NGK'])[1 + g % 4], 'Descripción del producto ' || g,
      'http://bench.test/p/' || g, 5000 + (g * 7919) % 200000, g % 50,
      (ARRAY['in_stock', 'out_of_stock', 'on_order', 'unknown'])[1 + g % 4],
      ARRAY['04465-0K' || (g % 1000), 'X-' || g]
    FROM generate_series(1, $1::int) AS g
    JOIN (SELECT id, supplier_id, row_number() OVER (ORDER BY id) - 1 AS n FROM categories) AS c ON c.n = g % 6`,
    [rows],
  );
  await client.query(`
    INSERT INTO product_fitments (product_id, position, make, model, secondary, year_from, year_to)
    SELECT p.id, n, (ARRAY['Toyota', 'Nissan', 'Kia'])[1 + n], 'Modelo ' || n, NULL, 2005 + n, NULL
    FROM products AS p, generate_series(0, 1) AS n
    WHERE p.price_clp % 3 = 0`);
  // As a long-lived catalog would be: hint bits set, GIN pending lists merged, statistics fresh.
  await client.query('VACUUM ANALYZE');
  await client.end();
}

/** SYNCAR's way: cursor batches straight into the writer and onto disk. */
async function streaming(db: Db, format: TableFormat, file: string, total: number) {
  const output = createWriteStream(file);
  const writer = createTableWriter(format, output, exportTableColumns(SPEC.columns, SPEC.locale));
  const rssByRows: Array<[number, number]> = [];
  let rows = 0;
  await streamCatalogExport(db, SPEC, async (batch) => {
    await writer.write(batch);
    const before = rows;
    rows += batch.length;
    if (Math.floor((before * 10) / total) !== Math.floor((rows * 10) / total))
      rssByRows.push([rows, rssMb()]);
  });
  await writer.finish();
  return { rows, rssByRows };
}

/** The naive way: every row in an array, the whole file built in memory, then written at once. */
async function inMemory(db: Db, format: TableFormat, file: string) {
  const all: ExportCell[][] = [];
  await streamCatalogExport(db, SPEC, async (batch) => {
    all.push(...batch);
  });
  const columns = exportTableColumns(SPEC.columns, SPEC.locale);
  if (format === 'csv') {
    const lines = [columns.map((column) => csvField(column.header, 'header')).join(CSV_DELIMITER)];
    for (const row of all)
      lines.push(row.map((cell, i) => csvField(cell, columns[i]!.kind)).join(CSV_DELIMITER));
    writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  } else {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Catálogo');
    sheet.columns = columns.map((column) => ({ header: column.header }));
    sheet.addRows(all);
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
  }
  return { rows: all.length, rssByRows: [] };
}

/** One measurement, in this (child) process: the numbers go to stdout as JSON. */
async function child(url: string, approach: Approach, format: TableFormat, total: number) {
  const db = createDb({ connectionString: url, max: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'syncar-bench-export-'));
  const file = join(dir, `export.${format}`);
  try {
    const started = performance.now();
    const { rows, rssByRows } =
      approach === 'streaming' ? await streaming(db, format, file, total) : await inMemory(db, format, file);
    const seconds = (performance.now() - started) / 1000;
    const result: ChildResult = {
      rows,
      seconds,
      peakRssMb: peakRssMb(),
      fileMb: Math.round(statSync(file).size / 1024 / 102.4) / 10,
      rssByRows,
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.destroy();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: process.env.BENCH_ROWS ?? '200000' },
      child: { type: 'string' },
      url: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 5_000_000) {
    console.error('--rows must be a whole number between 1 and 5,000,000');
    process.exit(2);
  }
  if (values.child) {
    return child(values.url!, values.child as Approach, values.format as TableFormat, rows);
  }

  const database = await createTestDatabase('syncar_bench_export');
  try {
    const db = createDb({ connectionString: database.url, max: 2 });
    const seeding = performance.now();
    await seed(db, database.url, rows);
    await db.destroy();
    console.log(
      `seeded ${rows.toLocaleString('en')} products in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
    );

    const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
    const script = fileURLToPath(import.meta.url);
    const table: Array<Record<string, string | number>> = [];
    for (const format of ['csv', 'xlsx'] as const) {
      for (const approach of ['streaming', 'in memory'] as const) {
        const output = execFileSync(
          tsx,
          [script, '--child', approach, '--format', format, '--url', database.url, '--rows', String(rows)],
          { encoding: 'utf8', maxBuffer: 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
        );
        const result = JSON.parse(output) as ChildResult;
        if (result.rows !== rows)
          throw new Error(`${approach} ${format} exported ${result.rows} rows, not ${rows}`);
        table.push({
          format,
          approach,
          rows: result.rows,
          'rows/s': Math.round(result.rows / result.seconds),
          'peak RSS MB': result.peakRssMb,
          'file MB': result.fileMb,
        });
        if (result.rssByRows.length) {
          const series = result.rssByRows.map(([done, mb]) => `${Math.round(done / 1000)}k:${mb}`).join(' ');
          console.log(`${format} streaming, RSS MB by rows written: ${series}`);
        }
      }
    }
    console.table(table);
  } finally {
    await database.drop();
  }
}

await main();
