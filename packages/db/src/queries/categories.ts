import type { Category, CategoryOrder, ScrapedCategory } from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

export interface CategoryUpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Categories the portal no longer lists: marked missing, never deleted (their products stay). */
  missing: number;
}

/**
 * Stores a full category listing of a supplier in one transaction. Rows whose values did not change are not
 * touched, so a second identical sync writes nothing.
 */
export async function upsertCategories(
  db: Db,
  supplierId: string,
  categories: readonly ScrapedCategory[],
): Promise<CategoryUpsertResult> {
  return db.transaction().execute(async (trx) => {
    let inserted = 0;
    let updated = 0;
    if (categories.length > 0) {
      const rows = await trx
        .insertInto('categories')
        .values(
          categories.map((category, position) => ({
            supplierId,
            externalId: category.externalId,
            name: category.name,
            url: category.url,
            kind: category.kind,
            position,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['supplierId', 'externalId'])
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              url: eb.ref('excluded.url'),
              kind: eb.ref('excluded.kind'),
              position: eb.ref('excluded.position'),
              missingSince: null,
              updatedAt: sql`now()`,
            }))
            .where(
              sql<boolean>`(categories.name, categories.url, categories.kind, categories.position, categories.missing_since)
                IS DISTINCT FROM (excluded.name, excluded.url, excluded.kind, excluded.position, NULL::timestamptz)`,
            ),
        )
        .returning(sql<boolean>`xmax = 0`.as('inserted'))
        .execute();
      inserted = rows.filter((row) => row.inserted).length;
      updated = rows.length - inserted;
    }
    // Product counts the portal shows; portals that show none leave the counts of the last products sync.
    const counted = categories.filter((category) => category.productCount !== null);
    if (counted.length) {
      await sql`
        UPDATE categories c SET product_count = v.count
        FROM unnest(${counted.map((c) => c.externalId)}::text[], ${counted.map((c) => c.productCount)}::int[])
          AS v(external_id, count)
        WHERE c.supplier_id = ${supplierId} AND c.external_id = v.external_id AND c.product_count <> v.count`.execute(
        trx,
      );
    }
    const externalIds = categories.map((category) => category.externalId);
    let missingQuery = trx
      .updateTable('categories')
      .set({ missingSince: sql`now()`, updatedAt: sql`now()` })
      .where('supplierId', '=', supplierId)
      .where('missingSince', 'is', null);
    if (externalIds.length > 0) missingQuery = missingQuery.where('externalId', 'not in', externalIds);
    const missing = await missingQuery.executeTakeFirst();
    await trx
      .updateTable('suppliers')
      .set({ lastCategoriesSyncAt: sql`now()` })
      .where('id', '=', supplierId)
      .execute();
    return {
      inserted,
      updated,
      unchanged: categories.length - inserted - updated,
      missing: Number(missing.numUpdatedRows),
    };
  });
}

export async function listCategories(db: Db, supplierId: string): Promise<Category[]> {
  return db
    .selectFrom('categories')
    .select([
      'id',
      'supplierId',
      'externalId',
      'name',
      'url',
      'kind',
      'productCount',
      'selected',
      'missingSince',
      'updatedAt',
    ])
    .where('supplierId', '=', supplierId)
    .orderBy('missingSince', (ob) => ob.nullsFirst())
    .orderBy('position')
    .execute();
}

/**
 * Saves a supplier's category selection (the categories a products sync walks). Returns the ids that belong to
 * the supplier and are not missing, in portal order; others are ignored.
 */
export async function saveCategorySelection(
  db: Db,
  supplierId: string,
  categoryIds: readonly string[],
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('categories')
      .set({ selected: sql<boolean>`id = ANY(${[...categoryIds]}::uuid[])` })
      .where('supplierId', '=', supplierId)
      .execute();
    const rows = await trx
      .selectFrom('categories')
      .select('id')
      .where('supplierId', '=', supplierId)
      .where('selected', '=', true)
      .where('missingSince', 'is', null)
      .orderBy('position')
      .execute();
    return rows.map((row) => row.id);
  });
}

/**
 * The supplier's categories among `ids`, in the order a products run walks them: as the portal lists them,
 * by name, or the largest first (the bulk of the catalog is fresh soonest).
 */
export async function findCategoriesByIds(
  db: Db,
  supplierId: string,
  ids: readonly string[],
  order: CategoryOrder = 'portal',
) {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom('categories')
    .select(['id', 'externalId', 'name', 'url', 'productCount', 'position'])
    .where('supplierId', '=', supplierId)
    .where('id', 'in', ids);
  if (order === 'name') query = query.orderBy('name');
  if (order === 'size') query = query.orderBy('productCount', 'desc');
  return query.orderBy('position').execute();
}

/** A products run found the category gone from the portal: marked missing until a categories sync sees it again. */
export async function markCategoryMissing(db: Db, categoryId: string): Promise<void> {
  await db
    .updateTable('categories')
    .set({ missingSince: sql`now()`, updatedAt: sql`now()` })
    .where('id', '=', categoryId)
    .where('missingSince', 'is', null)
    .execute();
}
