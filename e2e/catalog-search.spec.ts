import { expect, type Page, test } from '@playwright/test';
import { type CatalogFixture, type FixtureProduct, seedCatalogFixture } from '@syncar/db/testing-catalog';
import { login, withDb } from './support';

let fixture: CatalogFixture;

test.beforeAll(async () => {
  // Names after the demo suppliers', so the supplier tabs other specs rely on keep their order.
  fixture = await withDb((db) =>
    seedCatalogFixture(db, { perSupplier: 30, slugPrefix: 'e2e-search-', namePrefix: 'Zeta ' }),
  );
});

const skus = (products: readonly FixtureProduct[]) => products.map((p) => p.sku).sort();

async function shownSkus(page: Page): Promise<string[]> {
  const cells = page.getByTestId('catalog-row').locator('td:nth-child(2)');
  return (await cells.allInnerTexts()).map((sku) => sku.trim()).sort();
}

const fits = (p: FixtureProduct, make: string, model: string, year: number) =>
  p.fitments.some(
    (f) => f.make === make && f.model === model && (f.yearFrom ?? 0) <= year && (f.yearTo ?? 9999) >= year,
  );

test('search by a misspelt name, narrow to a supplier and a vehicle, keep it all in the URL, open a product', async ({
  page,
}) => {
  const supplier = fixture.suppliers[0]!;
  const ofSupplier = fixture.products.filter((p) => p.supplierId === supplier.id);
  await login(page, 'Viewer', '/catalog');

  // The search box forgives a missing letter and missing accents.
  await page.getByTestId('catalog-q').fill('amortiguadr trasero');
  await expect(page).toHaveURL(/q=amortiguadr\+trasero/);
  // A controlled checkbox: it turns on once the URL (the source of truth) says so.
  await page.getByTestId('catalog-facet-supplier').getByLabel(supplier.name).click();
  await expect(page.getByTestId('catalog-facet-supplier').getByLabel(supplier.name)).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`supplier=${supplier.id}`));
  const trasero = ofSupplier.filter((p) => p.name.startsWith('Amortiguador trasero'));
  expect(trasero.length).toBeGreaterThan(0);
  await expect.poll(() => shownSkus(page)).toEqual(skus(trasero));
  await expect(page.getByTestId('catalog-total')).toHaveText(`${trasero.length} resultados`);

  // A vehicle instead of words: Toyota Hilux 2016 lies in the open-ended range "2016 –".
  await page.getByTestId('catalog-q').fill('');
  await page.getByTestId('catalog-make').selectOption('Toyota');
  await page.getByTestId('catalog-model').selectOption('Hilux');
  await page.getByTestId('catalog-year').fill('2016');
  await page.getByTestId('catalog-year').press('Enter');
  await expect(page).toHaveURL(/make=Toyota&model=Hilux&year=2016/);
  const hilux = ofSupplier.filter((p) => fits(p, 'Toyota', 'Hilux', 2016));
  expect(hilux.length).toBeGreaterThan(0);
  await expect.poll(() => shownSkus(page)).toEqual(skus(hilux));
  await expect(page.getByTestId('catalog-row').first()).toContainText('Toyota Hilux');

  // The URL is the whole query: a reload (or a shared link) shows the same search.
  await page.reload();
  await expect(page.getByTestId('catalog-make')).toHaveValue('Toyota');
  await expect(page.getByTestId('catalog-model')).toHaveValue('Hilux');
  await expect(page.getByTestId('catalog-year')).toHaveValue('2016');
  await expect(page.getByTestId('catalog-facet-supplier').getByLabel(supplier.name)).toBeChecked();
  await expect.poll(() => shownSkus(page)).toEqual(skus(hilux));

  const first = page.getByTestId('catalog-row').first();
  const id = await first.getAttribute('data-product-id');
  await first.getByTestId('catalog-row-link').click();
  await expect(page).toHaveURL(new RegExp(`/catalog/products/${id}$`));
});

test('an OEM code with other punctuation finds its parts; nothing found and bad input are said so', async ({
  page,
}) => {
  const supplier = fixture.suppliers[1]!;
  await login(page, 'Viewer', `/catalog?supplier=${supplier.id}&q=${encodeURIComponent('04465 0k240')}`);
  const expected = fixture.products.filter(
    (p) =>
      p.supplierId === supplier.id &&
      p.oemCodes.some((code) => code.replace(/[^A-Za-z0-9]/g, '') === '044650K240'),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.getByTestId('catalog-q')).toHaveValue('04465 0k240');
  await expect.poll(() => shownSkus(page)).toEqual(skus(expected));

  await page.getByTestId('catalog-q').fill('xyzzy inexistente');
  await expect(page.getByTestId('catalog-empty')).toBeVisible();

  await page.goto(page.url().replace(/\?.*$/, '?min=50000&max=1000'));
  await expect(page.getByTestId('catalog-error')).toContainText(
    'El precio mínimo no puede superar al máximo',
  );
});
