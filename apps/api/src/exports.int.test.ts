import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CatalogFilters,
  type CatalogItem,
  type CatalogSort,
  catalogFiltersSchema,
  type DefaultRoleName,
  EXPORT_AVAILABILITY_LABELS,
  EXPORT_HEADERS,
  type ExportColumn,
  QUEUES,
} from '@syncar/contracts';
import { createDb, type Db, searchCatalog } from '@syncar/db';
import { type CatalogFixture, seedCatalogFixture } from '@syncar/db/testing-catalog';
import { createQueue, createRedis } from '@syncar/queue';
import { CLP_NUMBER_FORMAT } from '@syncar/storage/exports';
import { TRPCClientError } from '@trpc/client';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../../../tests/support/platform';
import { createApiClient } from '../../../tests/support/trpc-client';
import type { AppRouter } from './router';

let platform: TestPlatform;
let db: Db;
let fixture: CatalogFixture;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 1 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  // 6,000 products: more than a direct export may hold, so the whole catalog goes through a job.
  fixture = await seedCatalogFixture(db, { perSupplier: 2_000, slugPrefix: 'fx-' });
}, 180_000);

afterAll(async () => {
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function signedIn(role: DefaultRoleName) {
  const api = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await api.login(platform.users[role].username, platform.users[role].password);
  return {
    client: api.client,
    download: (path: string) =>
      fetch(`${platform.urls.api}${path}`, { headers: { cookie: api.jar.header() } }),
  };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const { code, httpStatus } = (error as TRPCClientError<AppRouter>).data!;
  return { code, httpStatus, message: (error as Error).message };
}

const filters = (input: Partial<CatalogFilters>) => catalogFiltersSchema.parse(input);

async function searchAll(view: CatalogFilters, sort: CatalogSort) {
  const items: CatalogItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await searchCatalog(db, { filters: view, sort, limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** RFC 4180 with `;`: quoted fields may hold separators, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

const COLUMNS: ExportColumn[] = [
  'sku',
  'name',
  'brand',
  'supplier',
  'category',
  'priceClp',
  'stock',
  'availability',
  'oemCodes',
  'id',
];

/** A search result as the export writes it, column by column. */
const cellsOf = (item: CatalogItem) => [
  item.sku,
  item.name,
  item.brand,
  item.supplierName,
  item.categoryName,
  item.priceClp,
  item.stock,
  EXPORT_AVAILABILITY_LABELS['es-CL'][item.availability],
  item.oemCodes.join(', ') || null,
  item.id,
];

async function auditEntries() {
  return db
    .selectFrom('auditLog')
    .select(['actorLabel', 'targetId', 'details'])
    .where('action', '=', 'catalog.exported')
    .orderBy('id')
    .execute();
}

async function waitForExport(client: Awaited<ReturnType<typeof signedIn>>['client'], exportId: string) {
  for (let i = 0; i < 300; i++) {
    const state = await client.exports.get.query({ exportId });
    if (state.status === 'ready' || state.status === 'failed') return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`export ${exportId} did not finish`);
}

// The tests run in order: exports first, then deletes change the catalog.
describe('catalog exports', () => {
  it('CSV of a filtered view: exactly the rows of every search page, in order, with a BOM and ; (direct)', async () => {
    const admin = await signedIn('Admin');
    const view = filters({
      brands: ['Bosch', 'Mahle'],
      availability: ['in_stock', 'on_order'],
      priceMin: 30_000,
    });
    const expected = await searchAll(view, 'price_desc');
    expect(expected.length).toBeGreaterThan(200);

    const started = await admin.client.exports.start.mutate({
      format: 'csv',
      columns: COLUMNS,
      filters: view,
      sort: 'price_desc',
    });
    expect(started).toMatchObject({ mode: 'direct', status: 'ready', rowsTotal: expected.length });
    const response = await admin.download(started.downloadPath!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="catalogo-[\d-]+\.csv"$/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header).toEqual(COLUMNS.map((column) => EXPORT_HEADERS['es-CL'][column]));
    expect(rows).toEqual(
      expected.map((item) => cellsOf(item).map((cell) => (cell === null ? '' : String(cell)))),
    );

    const audit = (await auditEntries()).at(-1);
    expect(audit).toMatchObject({
      actorLabel: platform.users.Admin.username,
      targetId: started.id,
      details: { format: 'csv', mode: 'direct', rows: expected.length, columns: COLUMNS, sort: 'price_desc' },
    });
    expect((audit!.details as { filters: CatalogFilters }).filters).toEqual(view);
  });

  it('XLSX of a filtered view: the same rows, prices as numbers with the CLP format (direct)', async () => {
    const operator = await signedIn('Operator');
    const view = filters({ q: 'freno', make: 'Toyota', model: 'Hilux' });
    const expected = await searchAll(view, 'relevance');
    expect(expected.length).toBeGreaterThan(100);

    const started = await operator.client.exports.start.mutate({
      format: 'xlsx',
      columns: COLUMNS,
      filters: view,
    });
    expect(started.mode).toBe('direct');
    const response = await operator.download(started.downloadPath!);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(COLUMNS.map((column) => EXPORT_HEADERS['es-CL'][column]));
    expect(sheet.rowCount).toBe(expected.length + 1);
    expected.forEach((item, index) => {
      const row = sheet.getRow(index + 2);
      expect(COLUMNS.map((_, c) => row.getCell(c + 1).value ?? null)).toEqual(cellsOf(item));
    });
    const priced = expected.findIndex((item) => item.priceClp !== null);
    expect(sheet.getRow(priced + 2).getCell(COLUMNS.indexOf('priceClp') + 1).numFmt).toBe(CLP_NUMBER_FORMAT);
    expect((await auditEntries()).at(-1)).toMatchObject({
      actorLabel: platform.users.Operator.username,
      details: { format: 'xlsx', rows: expected.length },
    });
  });

  it('a large export runs as a job and ends with a downloadable file of every row, audited', async () => {
    const admin = await signedIn('Admin');
    const expected = await searchAll(filters({}), 'name');
    expect(expected).toHaveLength(fixture.products.length);

    const started = await admin.client.exports.start.mutate({
      format: 'csv',
      columns: ['sku', 'priceClp'],
      filters: {},
      sort: 'name',
    });
    expect(started).toMatchObject({ mode: 'job', status: 'queued', rowsTotal: null, downloadPath: null });
    const state = await waitForExport(admin.client, started.id);
    expect(state).toMatchObject({ status: 'ready', rowsTotal: 6_000, rowsDone: 6_000 });
    expect(state.byteSize).toBeGreaterThan(0);

    const response = await admin.download(state.downloadPath!);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBe(state.byteSize);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual(['SKU', 'Precio (CLP)']);
    expect(rows).toEqual(
      expected.map((item) => [item.sku, item.priceClp === null ? '' : String(item.priceClp)]),
    );
    expect((await auditEntries()).at(-1)).toMatchObject({
      targetId: started.id,
      details: { mode: 'job', format: 'csv', rows: 6_000, columns: ['sku', 'priceClp'] },
    });
    expect((await admin.client.exports.list.query({})).map((entry) => entry.id)).toContain(started.id);
  });

  it('an XLSX job holds every row of the view, in order', async () => {
    const admin = await signedIn('Super Admin');
    const view = filters({ includeMissing: true });
    const expected = await searchAll(view, 'price_asc');
    const started = await admin.client.exports.start.mutate({
      format: 'xlsx',
      columns: ['id', 'priceClp'],
      filters: view,
      sort: 'price_asc',
      locale: 'en',
    });
    expect(started.mode).toBe('job');
    const state = await waitForExport(admin.client, started.id);
    expect(state.status).toBe('ready');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await (await admin.download(state.downloadPath!)).arrayBuffer()) as ExcelJS.Buffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['SYNCAR ID', 'Price (CLP)']);
    const ids: unknown[] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) ids.push(row.getCell(1).value);
    });
    expect(ids).toEqual(expected.map((item) => item.id));
  });

  it('is refused without catalog:export (403), and nobody downloads another user’s export', async () => {
    const viewer = await signedIn('Viewer');
    const refused = await failure(
      viewer.client.exports.start.mutate({ format: 'csv', columns: ['sku'], filters: {} }),
    );
    expect(refused).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
    expect(refused.message).toContain('catalog:export');

    const [mine] = await (await signedIn('Admin')).client.exports.list.query({ limit: 1 });
    const response = await viewer.download(mine!.downloadPath!);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'catalog:export',
    );
    expect((await (await signedIn('Operator')).download(mine!.downloadPath!)).status).toBe(404);
    expect((await fetch(`${platform.urls.api}${mine!.downloadPath}`)).status).toBe(401);
  });

  it('refuses bad input with a 400 and a Spanish message', async () => {
    const admin = await signedIn('Admin');
    const cases: Array<[unknown, string]> = [
      [{ format: 'pdf', columns: ['sku'], filters: {} }, 'El formato debe ser CSV o XLSX'],
      [{ format: 'csv', columns: [], filters: {} }, 'Elige al menos una columna'],
      [{ format: 'csv', columns: ['sku', 'sku'], filters: {} }, 'Hay columnas repetidas'],
      [{ format: 'csv', columns: ['password'], filters: {} }, 'La columna no existe'],
      [
        { format: 'csv', columns: ['sku'], filters: { priceMin: 10, priceMax: 5 } },
        'El precio mínimo no puede',
      ],
      [{ format: 'csv', columns: ['sku'], filters: { q: 'zzzqqqxxx' } }, 'No hay productos que exportar'],
    ];
    for (const [input, message] of cases) {
      const refused = await failure(admin.client.exports.start.mutate(input as never));
      expect(refused.httpStatus, message).toBe(400);
      expect(refused.message).toContain(message);
    }
    expect((await admin.download('/exports/not-an-id/download')).status).toBe(404);
  });

  it('expires after its time: 410, no link, and the hourly job deletes the file', async () => {
    const admin = await signedIn('Admin');
    const job = (await admin.client.exports.list.query({ limit: 50 })).find(
      (entry) => entry.mode === 'job' && entry.format === 'csv',
    )!;
    const file = join(platform.storageDir, 'exports', `${job.id}.csv`);
    expect(existsSync(file)).toBe(true);
    await db
      .updateTable('catalogExports')
      .set({ expiresAt: new Date(Date.now() - 1_000) })
      .execute();

    expect(await admin.client.exports.get.query({ exportId: job.id })).toMatchObject({
      status: 'expired',
      downloadPath: null,
    });
    const response = await admin.download(`/exports/${job.id}/download`);
    expect(response.status).toBe(410);

    const connection = createRedis(platform.redisUrl);
    const queue = createQueue(QUEUES.exports, { connection, prefix: platform.redisPrefix });
    try {
      await queue.add('expire-exports', {});
      for (let i = 0; i < 100 && existsSync(file); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await queue.close();
      connection.disconnect();
    }
    expect(existsSync(file)).toBe(false);
    const statuses = await db.selectFrom('catalogExports').select('status').distinct().execute();
    expect(statuses).toEqual([{ status: 'expired' }]);
  });
});

describe('catalog deletes and the dashboard over the API', () => {
  it('deletes only with catalog:delete, exactly the previewed count, audited', async () => {
    const target = { by: 'ids' as const, ids: fixture.products.slice(0, 3).map((p) => p.id) };
    const operator = await signedIn('Operator');
    expect(await failure(operator.client.catalogAdmin.deleteProductsPreview.query({ target }))).toMatchObject(
      {
        httpStatus: 403,
      },
    );
    expect(
      await failure(operator.client.catalogAdmin.deleteProducts.mutate({ target, expectedCount: 3 })),
    ).toMatchObject({ httpStatus: 403 });

    const admin = await signedIn('Admin');
    expect(await admin.client.catalogAdmin.deleteProductsPreview.query({ target })).toEqual({ products: 3 });
    const stale = await failure(
      admin.client.catalogAdmin.deleteProducts.mutate({ target, expectedCount: 4 }),
    );
    expect(stale).toMatchObject({ httpStatus: 409 });
    expect(stale.message).toContain('no se eliminó nada');
    expect(await admin.client.catalogAdmin.deleteProducts.mutate({ target, expectedCount: 3 })).toEqual({
      products: 3,
    });
    expect(await admin.client.catalogAdmin.deleteProductsPreview.query({ target })).toEqual({ products: 0 });
    const audit = await db
      .selectFrom('auditLog')
      .select(['actorLabel', 'details'])
      .where('action', '=', 'catalog.products_deleted')
      .execute();
    expect(audit).toEqual([
      {
        actorLabel: platform.users.Admin.username,
        details: expect.objectContaining({ count: 3, ids: target.ids }),
      },
    ]);
  });

  it('deletes a category with its products after a preview', async () => {
    const admin = await signedIn('Admin');
    const categoryId = fixture.products.at(-1)!.categoryId;
    const preview = await admin.client.catalogAdmin.deleteCategoriesPreview.query({
      categoryIds: [categoryId],
    });
    expect(preview.categories).toBe(1);
    expect(preview.products).toBe(fixture.products.filter((p) => p.categoryId === categoryId).length);
    expect(
      await admin.client.catalogAdmin.deleteCategories.mutate({
        categoryIds: [categoryId],
        expectedCategories: preview.categories,
        expectedProducts: preview.products,
      }),
    ).toEqual(preview);
  });

  it('shows a Viewer the dashboard with the catalog as it is now', async () => {
    const viewer = await signedIn('Viewer');
    const summary = await viewer.client.dashboard.summary.query();
    const listed = await db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('missingSince', 'is', null)
      .executeTakeFirstOrThrow();
    expect(summary.totals.products).toBe(Number(listed.count));
    expect(summary.suppliers.map((s) => s.name)).toContain('Repuestos Demo');
    expect(summary.days).toHaveLength(30);
  });
});
