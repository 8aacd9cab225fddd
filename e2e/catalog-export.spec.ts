import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { catalogFiltersSchema, type ScrapedProduct } from '@syncar/contracts';
import {
  appendRunEvent,
  createRun,
  type Db,
  searchCatalog,
  storeProductPage,
  upsertCategories,
  upsertSupplier,
} from '@syncar/db';
import { env, login, withDb } from './support';

const SLUG = 'exportadora-e2e';

const PARTS = ['Bujía de encendido', 'Correa de distribución', 'Pastilla de freno', 'Amortiguador "Gas"'];

const product = (i: number): ScrapedProduct => ({
  sku: `EXP-${100 + i}`,
  name: `${PARTS[i % PARTS.length]} ${i}`,
  brand: i % 2 ? 'Frenos Pérez' : 'Bosch',
  description: null,
  url: `http://${SLUG}.test/p/${i}`,
  priceClp: i % 7 === 3 ? null : 10_000 + i * 990,
  stock: i % 5,
  availability: i % 5 ? 'in_stock' : 'out_of_stock',
  availableFrom: null,
  oemCodes: [`90915-YZZ${i}`],
  specs: [],
  images: [],
  fitments: [],
});

/** A supplier of its own with 40 products in one category, stored as a sync would; returns its id. */
async function seedSupplier(db: Db): Promise<string> {
  const supplierId = await upsertSupplier(db, {
    slug: SLUG,
    name: 'Exportadora Ñuñoa',
    connector: 'sandbox',
    baseUrl: `http://${SLUG}.test`,
  });
  await upsertCategories(db, supplierId, [
    {
      externalId: 'MOTOR',
      name: 'Motor y encendido',
      url: `http://${SLUG}.test/motor`,
      kind: 'linea',
      productCount: null,
    },
  ]);
  const { id: categoryId } = await db
    .selectFrom('categories')
    .select('id')
    .where('supplierId', '=', supplierId)
    .executeTakeFirstOrThrow();
  const runId = await createRun(db, { supplierId, kind: 'products' });
  await storeProductPage(db, {
    supplierId,
    categoryId,
    runId,
    nextPage: 2,
    products: Array.from({ length: 40 }, (_, i) => product(i)),
  });
  await appendRunEvent(db, runId, { type: 'status', status: 'succeeded', reason: null });
  return supplierId;
}

/** RFC 4180 with `;` (quoted fields may hold `;` and doubled quotes). */
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
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

let supplierId: string;

test.beforeAll(async () => {
  supplierId = await withDb(seedSupplier);
});

test('an Operator exports the filtered catalog view to CSV and the file holds exactly its rows', async ({
  page,
}) => {
  const view = `/catalog?supplier=${supplierId}&brand=${encodeURIComponent('Frenos Pérez')}&sort=price_desc`;
  await login(page, 'Operator', '/catalog');
  await page.goto(`${env('E2E_WEB_URL')}${view}`);
  await expect(page.getByTestId('catalog-total')).toContainText('20');
  await expect(page.getByTestId('delete-view-open')).toHaveCount(0);

  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('export-format-csv').check();
  await dialog.getByTestId('export-column-oemCodes').check();
  await dialog.getByTestId('export-column-category').uncheck();
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-submit').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^catalogo-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
  await expect(dialog.getByTestId('export-direct')).toContainText('20');

  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
  expect(header).toEqual([
    'SKU',
    'Nombre',
    'Marca',
    'Proveedor',
    'Precio (CLP)',
    'Stock',
    'Disponibilidad',
    'Códigos OEM',
  ]);
  const expected = await withDb((db) =>
    searchCatalog(db, {
      filters: catalogFiltersSchema.parse({ supplierIds: [supplierId], brands: ['Frenos Pérez'] }),
      sort: 'price_desc',
      limit: 100,
      cursor: null,
    }),
  );
  expect(rows).toEqual(
    expected.items.map((item) => [
      item.sku,
      item.name,
      'Frenos Pérez',
      'Exportadora Ñuñoa',
      item.priceClp === null ? '' : String(item.priceClp),
      String(item.stock),
      item.availability === 'in_stock' ? 'En stock' : 'Sin stock',
      item.oemCodes.join(', '),
    ]),
  );
  // The page's own first rows are the file's first rows.
  await expect(page.getByTestId('catalog-row').first()).toContainText(rows[0]![0]!);

  // The export is listed among the user's recent ones, ready to download again.
  await expect(dialog.getByTestId('export-recent-item').first().getByTestId('export-status')).toHaveAttribute(
    'data-status',
    'ready',
  );
});

test('a Viewer sees no Exportar nor Eliminar', async ({ page }) => {
  await login(page, 'Viewer', '/catalog');
  await page.goto(`${env('E2E_WEB_URL')}/catalog?supplier=${supplierId}`);
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
  await expect(page.getByTestId('export-open')).toHaveCount(0);
  await expect(page.getByTestId('delete-view-open')).toHaveCount(0);
});

test('an Admin deletes a view after a confirmation that gives the count and says a sync may bring them back', async ({
  page,
}) => {
  await login(page, 'Admin', '/catalog');
  await page.goto(`${env('E2E_WEB_URL')}/catalog?supplier=${supplierId}&q=${encodeURIComponent('bujia')}`);
  await expect(page.getByTestId('catalog-total')).toContainText('10');

  await page.getByTestId('delete-view-open').click();
  const dialog = page.getByTestId('delete-dialog');
  await expect(dialog.getByTestId('delete-summary')).toContainText('Se eliminarán 10 productos');
  await expect(dialog.getByTestId('delete-summary')).toContainText(
    'Una sincronización posterior puede volver a traerlos',
  );
  await dialog.getByTestId('delete-confirm').click();
  await expect(dialog.getByTestId('delete-done')).toContainText('Se eliminaron 10 productos');
  await dialog.getByRole('button', { name: 'Cerrar' }).last().click();
  await expect(page.getByTestId('catalog-empty')).toBeVisible();

  const left = await withDb((db) =>
    db.selectFrom('products').select('name').where('supplierId', '=', supplierId).execute(),
  );
  expect(left).toHaveLength(30);
  expect(left.some((row) => row.name.startsWith('Bujía'))).toBe(false);
  const audit = await withDb((db) =>
    db
      .selectFrom('auditLog')
      .select(['details'])
      .where('action', '=', 'catalog.products_deleted')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow(),
  );
  expect(audit.details).toMatchObject({ count: 10, filters: { q: 'bujia', supplierIds: [supplierId] } });
});

test('an Admin deletes one product from its page and lands back on the catalog', async ({ page }) => {
  const { id, name } = await withDb((db) =>
    db
      .selectFrom('products')
      .select(['id', 'name'])
      .where('supplierId', '=', supplierId)
      .orderBy('sku')
      .executeTakeFirstOrThrow(),
  );
  await login(page, 'Admin', '/catalog');
  await page.goto(`${env('E2E_WEB_URL')}/catalog/products/${id}`);
  await page.getByTestId('delete-product-open').click();
  const dialog = page.getByTestId('delete-dialog');
  await expect(dialog.getByTestId('delete-summary')).toContainText(name);
  await expect(dialog.getByTestId('delete-summary')).toContainText('Una sincronización posterior');
  await dialog.getByTestId('delete-confirm').click();
  await expect(page).toHaveURL(/\/catalog$/);
  expect(await withDb((db) => db.selectFrom('products').select('id').where('id', '=', id).execute())).toEqual(
    [],
  );
});
