import type { DeleteCategoriesPreview, DeleteProductsTarget } from '@syncar/contracts';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../client';
import { type AuditRecord, recordAudit } from './audit';
import { catalogFilterCondition } from './catalog-search';

/** The catalog changed between the confirmation and the delete: nothing was deleted. */
export class DeleteCountChangedError extends Error {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`expected to delete ${expected}, found ${actual}`);
  }
}

/** A products sync is running on a supplier of the categories: deleting them now would fail it. */
export class CategoriesInUseError extends Error {
  constructor(readonly supplierName: string) {
    super(`a products import is running for ${supplierName}`);
  }
}

/** How many ids go into the audit entry; the count is always there. */
const AUDITED_IDS = 100;

function productsCondition(target: DeleteProductsTarget): RawBuilder<SqlBool> {
  return target.by === 'ids'
    ? sql<SqlBool>`products.id = ANY(${target.ids}::uuid[])`
    : catalogFilterCondition(target.filters);
}

/** How many products a delete would remove: the count its confirmation shows. */
export async function countProductsToDelete(db: Db, target: DeleteProductsTarget): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count FROM products WHERE ${productsCondition(target)}`.execute(db);
  return rows[0]!.count;
}

/**
 * Deletes the products (their fitments, images and price history go with them) and writes the audit entry, in
 * one transaction. When the count is not the one the user confirmed, nothing is deleted.
 */
export async function deleteProducts(
  db: Db,
  target: DeleteProductsTarget,
  expectedCount: number,
  audit: AuditRecord,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const result = await sql`DELETE FROM products WHERE ${productsCondition(target)}`.execute(trx);
    const count = Number(result.numAffectedRows ?? 0);
    if (count !== expectedCount) throw new DeleteCountChangedError(String(expectedCount), String(count));
    await recordAudit(trx, {
      ...audit,
      details: {
        ...audit.details,
        count,
        ...(target.by === 'ids'
          ? { ids: target.ids.slice(0, AUDITED_IDS), idsTruncated: target.ids.length > AUDITED_IDS }
          : { filters: target.filters }),
      },
    });
    return count;
  });
}

/** Categories found among `categoryIds`, and the products in them: what deleting them removes. */
export async function countCategoriesToDelete(
  db: Db,
  categoryIds: readonly string[],
): Promise<DeleteCategoriesPreview> {
  const { rows } = await sql<DeleteCategoriesPreview>`
    SELECT
      (SELECT count(*)::int FROM categories WHERE id = ANY(${categoryIds}::uuid[])) AS categories,
      (SELECT count(*)::int FROM products WHERE category_id = ANY(${categoryIds}::uuid[])) AS products`.execute(
    db,
  );
  return rows[0]!;
}

/**
 * Deletes categories with their products, in one transaction with its audit entry; refused while a products
 * import runs for one of their suppliers, and nothing is deleted when the counts differ from the confirmed ones.
 */
export async function deleteCategories(
  db: Db,
  categoryIds: readonly string[],
  expected: DeleteCategoriesPreview,
  audit: AuditRecord,
): Promise<DeleteCategoriesPreview> {
  return db.transaction().execute(async (trx) => {
    const busy = await trx
      .selectFrom('importRuns as r')
      .innerJoin('suppliers as s', 's.id', 'r.supplierId')
      .select('s.name')
      .where('r.kind', '=', 'products')
      .where('r.status', 'in', ['queued', 'running'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('categories as c')
            .select('c.id')
            .whereRef('c.supplierId', '=', 'r.supplierId')
            .where('c.id', 'in', categoryIds),
        ),
      )
      .executeTakeFirst();
    if (busy) throw new CategoriesInUseError(busy.name);
    const products = await trx
      .deleteFrom('products')
      .where('categoryId', 'in', categoryIds)
      .executeTakeFirst();
    const categories = await trx
      .deleteFrom('categories as c')
      .using('suppliers as s')
      .whereRef('s.id', '=', 'c.supplierId')
      .where('c.id', 'in', categoryIds)
      .returning(['c.id', 'c.name', 's.name as supplier'])
      .execute();
    const deleted = { categories: categories.length, products: Number(products.numDeletedRows) };
    if (deleted.categories !== expected.categories || deleted.products !== expected.products) {
      throw new DeleteCountChangedError(
        `${expected.categories} categories, ${expected.products} products`,
        `${deleted.categories} categories, ${deleted.products} products`,
      );
    }
    await recordAudit(trx, {
      ...audit,
      details: {
        ...audit.details,
        categoryCount: deleted.categories,
        productCount: deleted.products,
        categories,
      },
    });
    return deleted;
  });
}
