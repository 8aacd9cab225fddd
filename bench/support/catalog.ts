import type { Db } from '@syncar/db';
import type { Truth } from '@syncar/supplier-sandbox';

export interface BenchCategory {
  id: string;
  externalId: string;
  /** The category's product list on the portal. */
  url: string;
  /** How many products the portal has in it (the truth). */
  products: number;
}

/** What the demo portal shows: the answer key a run's stored products are checked against. */
export async function fetchTruth(sandboxUrl: string): Promise<Truth> {
  const response = await fetch(`${sandboxUrl}/__truth`);
  if (!response.ok) throw new Error(`${sandboxUrl}/__truth answered ${response.status}`);
  return (await response.json()) as Truth;
}

/** The categories the categories sync stored, in the portal's order; every one of the portal's must be there. */
export async function storedCategories(db: Db, supplierId: string, truth: Truth): Promise<BenchCategory[]> {
  const rows = await db
    .selectFrom('categories')
    .select(['id', 'externalId', 'url'])
    .where('supplierId', '=', supplierId)
    .where('missingSince', 'is', null)
    .execute();
  const byExternalId = new Map(rows.map((row) => [row.externalId, row]));
  return truth.categories.map((category) => {
    const row = byExternalId.get(category.externalId);
    if (!row) throw new Error(`the categories sync did not store ${category.externalId}`);
    return { id: row.id, externalId: row.externalId, url: row.url, products: category.productCount };
  });
}

/** The first categories (portal order) that together hold at least `target` products, or all of them. */
export function firstCategories(categories: readonly BenchCategory[], target: number): BenchCategory[] {
  const chosen: BenchCategory[] = [];
  let products = 0;
  for (const category of categories) {
    if (products >= target) break;
    chosen.push(category);
    products += category.products;
  }
  return chosen;
}

export const productCount = (categories: readonly BenchCategory[]) =>
  categories.reduce((sum, category) => sum + category.products, 0);

/** Deletes the supplier's products (fitments, images and history go with them): the next run starts empty. */
export async function clearProducts(db: Db, supplierId: string): Promise<void> {
  await db.deleteFrom('products').where('supplierId', '=', supplierId).execute();
}

/** What a run left in PostgreSQL for some categories, by key, with content hashes to compare runs by. */
export interface StoredContent {
  /** SKU -> content hash of the present products. */
  products: Map<string, string | null>;
  /** 'SKU #position' -> hash of the downloaded bytes, for the images that were downloaded. */
  images: Map<string, string | null>;
}

export async function storedContent(
  db: Db,
  supplierId: string,
  categories: readonly BenchCategory[],
): Promise<StoredContent> {
  const present = db
    .selectFrom('products as p')
    .where('p.supplierId', '=', supplierId)
    .where(
      'p.categoryId',
      'in',
      categories.map((category) => category.id),
    )
    .where('p.missingSince', 'is', null);
  const products = await present.select(['p.sku', 'p.contentHash']).execute();
  const images = await present
    .innerJoin('productImages as i', 'i.productId', 'p.id')
    .where('i.contentHash', 'is not', null)
    .select(['p.sku', 'i.position', 'i.contentHash'])
    .execute();
  return {
    products: new Map(products.map((row) => [row.sku, row.contentHash])),
    images: new Map(images.map((row) => [`${row.sku} #${row.position}`, row.contentHash])),
  };
}

/** A bench that measured a broken sync is worthless: the stored count must be the portal's. */
export function expectComplete(approach: string, stored: StoredContent, expected: number): void {
  if (stored.products.size !== expected) {
    throw new Error(
      `${approach}: PostgreSQL holds ${stored.products.size} products, the portal has ${expected}`,
    );
  }
}

/** Both approaches must have stored exactly the same content, or they did not do the same work. */
export function expectSameContent(baseline: StoredContent, reference: StoredContent): void {
  for (const kind of ['products', 'images'] as const) {
    const differing = [...reference[kind]]
      .filter(([key, hash]) => baseline[kind].get(key) !== hash)
      .map(([key]) => key);
    if (differing.length || baseline[kind].size !== reference[kind].size) {
      throw new Error(
        `the baseline stored ${baseline[kind].size} ${kind}, SYNCAR ${reference[kind].size}; ` +
          `${differing.length} differ (e.g. ${differing.slice(0, 5).join(', ')})`,
      );
    }
  }
}
