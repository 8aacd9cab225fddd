import { createHash } from 'node:crypto';
import type { ScrapedProduct } from '@syncar/contracts';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../client';
import type { DB, ProductImages } from '../schema';

export interface ProductPageResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Price, stock or availability changes recorded in product_history (new products included). */
  historyRows: number;
}

/** A stable hash of everything a sync writes for a product, so unchanged products cost no write at all. */
export function productHash(product: ScrapedProduct, categoryId: string): string {
  return createHash('sha256')
    .update(JSON.stringify([categoryId, product]))
    .digest('base64url');
}

/**
 * Stores one page of products in one transaction: new and changed products (by content hash) are upserted
 * with their fitments and images replaced (an image whose URL the product still has keeps its download), a
 * history row is written only when price, stock or availability
 * changed, every product on the page is marked seen by the run, and the category's checkpoint advances. A crash
 * loses at most this page, and repeating it writes nothing new.
 */
export async function storeProductPage(
  db: Db,
  page: {
    supplierId: string;
    categoryId: string;
    runId: string;
    /** The next page to read in this category (the checkpoint). */
    nextPage: number;
    products: readonly ScrapedProduct[];
  },
): Promise<ProductPageResult> {
  const { supplierId, categoryId, runId } = page;
  const bySku = new Map(page.products.map((product) => [product.sku, product]));
  const products = [...bySku.values()];
  return db.transaction().execute(async (trx) => {
    const result: ProductPageResult = { inserted: 0, updated: 0, unchanged: 0, historyRows: 0 };
    const existing = products.length
      ? await trx
          .selectFrom('products')
          .select(['id', 'sku', 'priceClp', 'stock', 'availability', 'contentHash', 'missingSince'])
          .where('supplierId', '=', supplierId)
          .where(
            'sku',
            'in',
            products.map((p) => p.sku),
          )
          .forUpdate()
          .execute()
      : [];
    const old = new Map(existing.map((row) => [row.sku, row]));
    const hashes = new Map(products.map((product) => [product.sku, productHash(product, categoryId)]));
    const changed = products.filter((product) => {
      const row = old.get(product.sku);
      return !row || row.contentHash !== hashes.get(product.sku) || row.missingSince !== null;
    });
    const ids = new Map(existing.map((row) => [row.sku, row.id]));

    if (changed.length) {
      const upserted = await trx
        .insertInto('products')
        .values(
          changed.map((product) => ({
            supplierId,
            categoryId,
            sku: product.sku,
            name: product.name,
            brand: product.brand,
            description: product.description,
            url: product.url,
            priceClp: product.priceClp,
            stock: product.stock,
            availability: product.availability,
            availableFrom: product.availableFrom,
            oemCodes: product.oemCodes,
            specs: JSON.stringify(product.specs),
            contentHash: hashes.get(product.sku)!,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['supplierId', 'sku']).doUpdateSet((eb) => ({
            categoryId: eb.ref('excluded.categoryId'),
            name: eb.ref('excluded.name'),
            brand: eb.ref('excluded.brand'),
            description: eb.ref('excluded.description'),
            url: eb.ref('excluded.url'),
            priceClp: eb.ref('excluded.priceClp'),
            stock: eb.ref('excluded.stock'),
            availability: eb.ref('excluded.availability'),
            availableFrom: eb.ref('excluded.availableFrom'),
            oemCodes: eb.ref('excluded.oemCodes'),
            specs: eb.ref('excluded.specs'),
            contentHash: eb.ref('excluded.contentHash'),
            missingSince: null,
            lastSeenAt: sql`now()`,
            updatedAt: sql`now()`,
          })),
        )
        .returning(['id', 'sku'])
        .execute();
      for (const row of upserted) ids.set(row.sku, row.id);
      const changedIds = upserted.map((row) => row.id);
      await trx.deleteFrom('productFitments').where('productId', 'in', changedIds).execute();
      const fitments = changed.flatMap((product) =>
        product.fitments.map((fitment, position) => ({
          productId: ids.get(product.sku)!,
          position,
          ...fitment,
        })),
      );
      if (fitments.length) await trx.insertInto('productFitments').values(fitments).execute();
      await replaceImages(
        trx,
        changed.map((product) => ({ productId: ids.get(product.sku)!, urls: product.images })),
      );

      const history = changed.filter((product) => {
        const row = old.get(product.sku);
        return (
          !row ||
          row.priceClp !== product.priceClp ||
          row.stock !== product.stock ||
          row.availability !== product.availability
        );
      });
      if (history.length) {
        await trx
          .insertInto('productHistory')
          .values(
            history.map((product) => ({
              productId: ids.get(product.sku)!,
              runId,
              priceClp: product.priceClp,
              stock: product.stock,
              availability: product.availability,
            })),
          )
          .execute();
      }
      result.inserted = changed.filter((product) => !old.has(product.sku)).length;
      result.updated = changed.length - result.inserted;
      result.historyRows = history.length;
    }
    result.unchanged = products.length - changed.length;

    if (products.length) {
      await trx
        .insertInto('importRunSeen')
        .values(products.map((product) => ({ runId, productId: ids.get(product.sku)! })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await trx
      .insertInto('importRunCheckpoints')
      .values({ runId, categoryId, nextPage: page.nextPage, productsDone: products.length })
      .onConflict((oc) =>
        oc.columns(['runId', 'categoryId']).doUpdateSet((eb) => ({
          nextPage: eb.ref('excluded.nextPage'),
          productsDone: sql`import_run_checkpoints.products_done + excluded.products_done`,
          updatedAt: sql`now()`,
        })),
      )
      .execute();
    return result;
  });
}

/**
 * Gives each product exactly the images `urls`, in order. A URL the product already had keeps what was downloaded
 * for it (whatever its old position), so only new URLs are left to download; rows that did not change are not
 * written, and positions past the new count are deleted.
 */
async function replaceImages(
  trx: Transaction<DB>,
  products: ReadonlyArray<{ productId: string; urls: readonly string[] }>,
): Promise<void> {
  if (!products.length) return;
  const oldRows = await trx
    .selectFrom('productImages')
    .selectAll()
    .where(
      'productId',
      'in',
      products.map((p) => p.productId),
    )
    .execute();
  const upserts: ProductImages[] = [];
  const stale: Array<{ productId: string; count: number }> = [];
  for (const { productId, urls } of products) {
    const old = oldRows.filter((row) => row.productId === productId);
    const downloaded = new Map(old.filter((row) => row.contentHash).map((row) => [row.sourceUrl, row]));
    urls.forEach((sourceUrl, position) => {
      const known = downloaded.get(sourceUrl);
      const row: ProductImages = {
        productId,
        position,
        sourceUrl,
        contentHash: known?.contentHash ?? null,
        contentType: known?.contentType ?? null,
        byteSize: known?.byteSize ?? null,
        width: known?.width ?? null,
        height: known?.height ?? null,
      };
      const current = old.find((candidate) => candidate.position === position);
      if (
        !current ||
        (Object.keys(row) as Array<keyof ProductImages>).some((key) => current[key] !== row[key])
      )
        upserts.push(row);
    });
    if (old.some((row) => row.position >= urls.length)) stale.push({ productId, count: urls.length });
  }
  if (stale.length) {
    await trx
      .deleteFrom('productImages')
      .where((eb) =>
        eb.or(
          stale.map(({ productId, count }) =>
            eb.and([eb('productId', '=', productId), eb('position', '>=', count)]),
          ),
        ),
      )
      .execute();
  }
  if (upserts.length) {
    await trx
      .insertInto('productImages')
      .values(upserts)
      .onConflict((oc) =>
        oc.columns(['productId', 'position']).doUpdateSet((eb) => ({
          sourceUrl: eb.ref('excluded.sourceUrl'),
          contentHash: eb.ref('excluded.contentHash'),
          contentType: eb.ref('excluded.contentType'),
          byteSize: eb.ref('excluded.byteSize'),
          width: eb.ref('excluded.width'),
          height: eb.ref('excluded.height'),
        })),
      )
      .execute();
  }
}

/** An image row of a product that has not been downloaded yet. */
export interface PendingImage {
  productId: string;
  position: number;
  sourceUrl: string;
}

/** The images still to download of a supplier's products `skus`, in product and gallery order. */
export async function findPendingImages(
  db: Db,
  supplierId: string,
  skus: readonly string[],
): Promise<PendingImage[]> {
  if (!skus.length) return [];
  return db
    .selectFrom('productImages as i')
    .innerJoin('products as p', 'p.id', 'i.productId')
    .select(['i.productId', 'i.position', 'i.sourceUrl'])
    .where('p.supplierId', '=', supplierId)
    .where('p.sku', 'in', skus)
    .where('i.contentHash', 'is', null)
    .orderBy('p.sku')
    .orderBy('i.position')
    .execute();
}

export interface ImageDownload {
  /** The SHA-256 of the bytes: their key in the blob store. */
  contentHash: string;
  contentType: string;
  byteSize: number;
  width: number;
  height: number;
}

/**
 * Records what was downloaded from `sourceUrl` on every image row of these products that still shows that URL
 * (a row whose URL changed meanwhile is left for its own download). Returns how many rows it filled.
 */
export async function recordImageDownload(
  db: Db,
  productIds: readonly string[],
  sourceUrl: string,
  download: ImageDownload,
): Promise<number> {
  if (!productIds.length) return 0;
  const result = await db
    .updateTable('productImages')
    .set(download)
    .where('productId', 'in', productIds)
    .where('sourceUrl', '=', sourceUrl)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findCheckpoints(db: Db, runId: string) {
  return db
    .selectFrom('importRunCheckpoints')
    .select(['categoryId', 'nextPage', 'done', 'productsDone', 'productsTotal'])
    .where('runId', '=', runId)
    .execute();
}

/** Marks a category finished in a run, with its product count, and stores that count on the category. */
export async function finishCategory(
  db: Db,
  runId: string,
  categoryId: string,
  productCount: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('importRunCheckpoints')
      .values({ runId, categoryId, done: true, productsTotal: productCount })
      .onConflict((oc) =>
        oc
          .columns(['runId', 'categoryId'])
          .doUpdateSet({ done: true, productsTotal: productCount, updatedAt: sql`now()` }),
      )
      .execute();
    await trx
      .updateTable('categories')
      .set({ productCount })
      .where('id', '=', categoryId)
      .where('productCount', '!=', productCount)
      .execute();
  });
}

/**
 * After a run walked these categories completely: their products the run did not see are marked missing (never
 * deleted). Returns how many were marked; the run's seen-list is dropped.
 */
export async function markUnseenProductsMissing(
  db: Db,
  runId: string,
  supplierId: string,
  categoryIds: readonly string[],
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let missing = 0;
    if (categoryIds.length) {
      const result = await trx
        .updateTable('products')
        .set({ missingSince: sql`now()`, updatedAt: sql`now()` })
        .where('supplierId', '=', supplierId)
        .where('categoryId', 'in', categoryIds)
        .where('missingSince', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('importRunSeen as s')
                .select('s.productId')
                .where('s.runId', '=', runId)
                .whereRef('s.productId', '=', 'products.id'),
            ),
          ),
        )
        .executeTakeFirst();
      missing = Number(result.numUpdatedRows);
    }
    await trx.deleteFrom('importRunSeen').where('runId', '=', runId).execute();
    return missing;
  });
}
