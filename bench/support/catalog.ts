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

/** SKU -> content hash of the present products stored in these categories. */
export async function storedProducts(
  db: Db,
  supplierId: string,
  categories: readonly BenchCategory[],
): Promise<Map<string, string | null>> {
  const rows = await db
    .selectFrom('products')
    .select(['sku', 'contentHash'])
    .where('supplierId', '=', supplierId)
    .where(
      'categoryId',
      'in',
      categories.map((category) => category.id),
    )
    .where('missingSince', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.sku, row.contentHash]));
}

/** A bench that measured a broken sync is worthless: the stored count must be the portal's. */
export function expectComplete(
  approach: string,
  stored: ReadonlyMap<string, string | null>,
  expected: number,
): void {
  if (stored.size !== expected) {
    throw new Error(`${approach}: PostgreSQL holds ${stored.size} products, the portal has ${expected}`);
  }
}

/** Both approaches must have stored exactly the same content, or they did not do the same work. */
export function expectSameContent(
  baseline: ReadonlyMap<string, string | null>,
  reference: ReadonlyMap<string, string | null>,
): void {
  const differing = [...reference].filter(([sku, hash]) => baseline.get(sku) !== hash).map(([sku]) => sku);
  if (differing.length) {
    throw new Error(
      `the baseline stored ${differing.length} products differently from SYNCAR (e.g. ${differing.slice(0, 5).join(', ')})`,
    );
  }
}
