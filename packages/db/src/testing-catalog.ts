import type { Fitment, ScrapedProduct } from '@syncar/contracts';
import type { Db } from './client';
import { upsertCategories } from './queries/categories';
import { storeProductPage } from './queries/products';
import { createRun } from './queries/runs';
import { upsertSupplier } from './queries/suppliers';

/**
 * A small, deterministic catalog for search tests (and the e2e catalog spec): three suppliers, three categories
 * each, names and brands with accents, OEM codes written with dashes, dots and spaces, and fitments with closed,
 * open-ended and open-started year ranges. Stored through the real sync query (storeProductPage).
 */

export const FIXTURE_PART_TYPES = [
  'Pastilla de freno delantera',
  'Disco de freno ventilado',
  'Amortiguador trasero',
  'Amortiguador delantero',
  'Filtro de aceite',
  'Bomba de agua',
  'Correa de distribución',
  'Rótula de suspensión',
  'Bujía de encendido',
  'Radiador de motor',
  'Sensor de oxígeno',
  'Embrague completo',
] as const;

export const FIXTURE_BRANDS = ['Bosch', 'Monroe', 'Valeo', 'NGK', 'Sachs', 'Gates', 'Mahle', 'Frenos Pérez'];

const CATEGORY_NAMES = ['Frenos', 'Suspensión', 'Motor'];

/** Vehicles with the year ranges a product may fit; null is an open end. */
export const FIXTURE_VEHICLES: ReadonlyArray<Fitment> = [
  { make: 'Toyota', model: 'Hilux', secondary: '2.4 D-4D', yearFrom: 2005, yearTo: 2015 },
  { make: 'Toyota', model: 'Hilux', secondary: '2.8', yearFrom: 2016, yearTo: null },
  { make: 'Toyota', model: 'Yaris', secondary: null, yearFrom: null, yearTo: 2012 },
  { make: 'Nissan', model: 'NP300', secondary: null, yearFrom: 2008, yearTo: 2020 },
  { make: 'Chevrolet', model: 'Sail', secondary: null, yearFrom: 2011, yearTo: null },
  { make: 'Hyundai', model: 'Accent', secondary: '1.4', yearFrom: 2006, yearTo: 2011 },
  { make: 'Citroën', model: 'Berlingo', secondary: null, yearFrom: 2010, yearTo: 2018 },
  { make: 'Kia', model: 'Río', secondary: null, yearFrom: null, yearTo: null },
];

/** OEM codes as suppliers write them: one part, several spellings. */
const OEM_SPELLINGS = [
  ['04465-0K240', '04465 0K240', '04465.0K240'],
  ['90915-YZZE1', '90915YZZE1', '90915 yzze1'],
  ['MD-360935', 'MD360935', 'md.360935'],
  ['16546-ED000', '16546 ED000', '16546.ED000'],
  ['55-4321-AB', '554321AB', '55.43.21 AB'],
];

export interface FixtureSupplier {
  id: string;
  slug: string;
  name: string;
  /** The SKU prefix of its products, e.g. "NOR". */
  skuPrefix: string;
}

export interface FixtureProduct extends ScrapedProduct {
  id: string;
  supplierId: string;
  categoryId: string;
}

export interface CatalogFixture {
  suppliers: FixtureSupplier[];
  products: FixtureProduct[];
}

/** The i-th product of a supplier; pure, so tests can compute what a search should find. */
export function fixtureProduct(
  supplier: Pick<FixtureSupplier, 'skuPrefix'>,
  s: number,
  i: number,
): ScrapedProduct {
  const type = FIXTURE_PART_TYPES[(i + s) % FIXTURE_PART_TYPES.length]!;
  const brand = i % 11 === 5 ? null : FIXTURE_BRANDS[(i * 3 + s) % FIXTURE_BRANDS.length]!;
  const sku = `${supplier.skuPrefix}-${String(1000 + i)}`;
  const oem = OEM_SPELLINGS[(i + s) % OEM_SPELLINGS.length]!;
  const fitments = Array.from(
    { length: i % 4 },
    (_, k) => FIXTURE_VEHICLES[(i * 5 + k * 3 + s) % FIXTURE_VEHICLES.length]!,
  );
  const availability = (['in_stock', 'in_stock', 'out_of_stock', 'on_order', 'unknown'] as const)[
    (i + s) % 5
  ]!;
  return {
    sku,
    name: `${type} ${['', 'reforzado', 'premium', 'estándar'][i % 4]}`.trim(),
    brand,
    description: null,
    url: `http://fixture.test/${supplier.skuPrefix.toLowerCase()}/${sku}`,
    priceClp: i % 13 === 7 ? null : 5_000 + ((i * 7_919 + s * 1_013) % 200) * 500,
    stock: availability === 'in_stock' ? 1 + (i % 17) : 0,
    availability,
    availableFrom: null,
    // Every third product has two codes: the second written with the part's other spelling.
    oemCodes: i % 3 === 0 ? [oem[i % oem.length]!, `X-${sku}`] : [oem[i % oem.length]!],
    specs: [],
    images: [],
    // Deduplicated: a product lists a vehicle range once.
    fitments: [...new Map(fitments.map((f) => [JSON.stringify(f), f])).values()],
  };
}

const SUPPLIERS = [
  { slug: 'repuestos-norte', name: 'Repuestos Norte', skuPrefix: 'NOR' },
  { slug: 'frenos-del-sur', name: 'Frenos del Sur', skuPrefix: 'SUR' },
  { slug: 'importadora-central', name: 'Importadora Central', skuPrefix: 'CEN' },
];

/**
 * Seeds the fixture catalog: `perSupplier` products for each of three suppliers. `slugPrefix` and `namePrefix`
 * let it live beside other data (e.g. names that sort after the suppliers a spec expects first).
 */
export async function seedCatalogFixture(
  db: Db,
  options: { perSupplier?: number; slugPrefix?: string; namePrefix?: string } = {},
): Promise<CatalogFixture> {
  const perSupplier = options.perSupplier ?? 100;
  const suppliers: FixtureSupplier[] = [];
  const products: FixtureProduct[] = [];
  for (const [s, definition] of SUPPLIERS.entries()) {
    const slug = `${options.slugPrefix ?? ''}${definition.slug}`;
    const name = `${options.namePrefix ?? ''}${definition.name}`;
    const id = await upsertSupplier(db, {
      slug,
      name,
      connector: 'sandbox',
      baseUrl: 'http://fixture.test',
    });
    suppliers.push({ id, slug, name, skuPrefix: definition.skuPrefix });
    await upsertCategories(
      db,
      id,
      CATEGORY_NAMES.map((name, position) => ({
        externalId: `${definition.skuPrefix}-C${position}`,
        name,
        url: `http://fixture.test/c/${definition.skuPrefix}-${position}`,
        kind: 'linea',
        productCount: null,
      })),
    );
    const categories = await db
      .selectFrom('categories')
      .select(['id', 'externalId'])
      .where('supplierId', '=', id)
      .orderBy('externalId')
      .execute();
    const runId = await createRun(db, { supplierId: id, kind: 'products' });
    for (const [c, category] of categories.entries()) {
      const page = Array.from({ length: perSupplier }, (_, i) => i)
        .filter((i) => i % categories.length === c)
        .map((i) => fixtureProduct(definition, s, i));
      await storeProductPage(db, {
        supplierId: id,
        categoryId: category.id,
        runId,
        nextPage: 2,
        products: page,
      });
      const ids = await db
        .selectFrom('products')
        .select(['id', 'sku'])
        .where('categoryId', '=', category.id)
        .execute();
      const bySku = new Map(ids.map((row) => [row.sku, row.id]));
      for (const product of page) {
        products.push({ ...product, id: bySku.get(product.sku)!, supplierId: id, categoryId: category.id });
      }
    }
    await db
      .updateTable('importRuns')
      .set({ status: 'succeeded', finishedAt: new Date() })
      .where('id', '=', runId)
      .execute();
  }
  return { suppliers, products };
}
