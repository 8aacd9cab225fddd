import { catalogFiltersSchema } from '@syncar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client';
import { createTestDatabase, createTestDb, type TestDatabase } from '../testing';
import { type CatalogFixture, seedCatalogFixture } from '../testing-catalog';
import type { AuditRecord } from './audit';
import {
  CategoriesInUseError,
  countCategoriesToDelete,
  countProductsToDelete,
  DeleteCountChangedError,
  deleteCategories,
  deleteProducts,
} from './catalog-delete';
import { searchCatalog } from './catalog-search';
import { storeProductPage } from './products';
import { createRun } from './runs';

let database: TestDatabase;
let db: Db;
let fixture: CatalogFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
  fixture = await seedCatalogFixture(db, { perSupplier: 60 });
}, 120_000);
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const actor = (action: string): AuditRecord => ({
  actorId: null,
  actorLabel: 'tester',
  action,
  targetType: 'products',
  ip: '127.0.0.1',
});

const auditRows = (action: string) =>
  db.selectFrom('auditLog').select(['details']).where('action', '=', action).orderBy('id').execute();

const countWhere = async (table: 'products' | 'productHistory' | 'productFitments', ids: string[]) => {
  const column = table === 'products' ? 'id' : 'productId';
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(column, 'in', ids)
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

describe('deleting products', () => {
  it('deletes exactly the filtered view the preview counted, with their history, in one audited step', async () => {
    const filters = catalogFiltersSchema.parse({ brands: ['Bosch'], availability: ['in_stock'] });
    const target = { by: 'filters', filters } as const;
    const view = await searchCatalog(db, { filters, sort: 'name', limit: 100, cursor: null });
    expect(view.nextCursor).toBeNull();
    const ids = view.items.map((item) => item.id);
    const preview = await countProductsToDelete(db, target);
    expect(preview).toBe(view.total);
    expect(preview).toBeGreaterThan(0);
    expect(await countWhere('productHistory', ids)).toBe(preview);

    expect(await deleteProducts(db, target, preview, actor('catalog.products_deleted'))).toBe(preview);

    expect(await countWhere('products', ids)).toBe(0);
    expect(await countWhere('productHistory', ids)).toBe(0);
    expect(await countWhere('productFitments', ids)).toBe(0);
    expect(await countProductsToDelete(db, target)).toBe(0);
    const [entry] = await auditRows('catalog.products_deleted');
    expect(entry?.details).toMatchObject({ count: preview, filters: { brands: ['Bosch'] } });
  });

  it('deletes nothing when the count is no longer the confirmed one', async () => {
    const ids = fixture.products.filter((p) => p.brand === 'Valeo').map((p) => p.id);
    const target = { by: 'ids', ids } as const;
    const before = await countProductsToDelete(db, target);
    expect(before).toBe(ids.length);
    const audits = (await auditRows('catalog.products_deleted')).length;

    await expect(deleteProducts(db, target, before - 1, actor('catalog.products_deleted'))).rejects.toThrow(
      DeleteCountChangedError,
    );

    expect(await countWhere('products', ids)).toBe(ids.length);
    expect(await auditRows('catalog.products_deleted')).toHaveLength(audits);
    expect(await deleteProducts(db, target, before, actor('catalog.products_deleted'))).toBe(before);
    const last = (await auditRows('catalog.products_deleted')).at(-1);
    expect(last?.details).toMatchObject({ count: before, ids: ids.slice(0, 100) });
  });

  it('lets a later sync bring a deleted product back', async () => {
    const product = fixture.products.find((p) => p.brand === 'Valeo')!;
    const supplier = fixture.suppliers.find((s) => s.id === product.supplierId)!;
    const runId = await createRun(db, { supplierId: supplier.id, kind: 'products' });
    const { id: _id, supplierId: _s, categoryId, ...scraped } = product;
    await storeProductPage(db, {
      supplierId: supplier.id,
      categoryId,
      runId,
      nextPage: 2,
      products: [scraped],
    });
    const back = await db
      .selectFrom('products')
      .select('sku')
      .where('sku', '=', product.sku)
      .where('supplierId', '=', supplier.id)
      .execute();
    expect(back).toHaveLength(1);
    await db.updateTable('importRuns').set({ status: 'succeeded' }).where('id', '=', runId).execute();
  });
});

describe('deleting categories', () => {
  it('removes the categories with their products, refusing while a products import runs for their supplier', async () => {
    const supplier = fixture.suppliers[1]!;
    const [category] = await db
      .selectFrom('categories')
      .select(['id', 'name'])
      .where('supplierId', '=', supplier.id)
      .orderBy('externalId')
      .execute();
    const inCategory = await db
      .selectFrom('products')
      .select('id')
      .where('categoryId', '=', category!.id)
      .execute();
    const preview = await countCategoriesToDelete(db, [category!.id]);
    expect(preview).toEqual({ categories: 1, products: inCategory.length });

    const runId = await createRun(db, { supplierId: supplier.id, kind: 'products' });
    await expect(
      deleteCategories(db, [category!.id], preview, actor('catalog.categories_deleted')),
    ).rejects.toThrow(CategoriesInUseError);
    await db.updateTable('importRuns').set({ status: 'succeeded' }).where('id', '=', runId).execute();

    await expect(
      deleteCategories(db, [category!.id], { ...preview, products: preview.products + 1 }, actor('x')),
    ).rejects.toThrow(DeleteCountChangedError);
    expect(await countCategoriesToDelete(db, [category!.id])).toEqual(preview);

    expect(await deleteCategories(db, [category!.id], preview, actor('catalog.categories_deleted'))).toEqual(
      preview,
    );
    expect(await countCategoriesToDelete(db, [category!.id])).toEqual({ categories: 0, products: 0 });
    expect(
      await countWhere(
        'products',
        inCategory.map((row) => row.id),
      ),
    ).toBe(0);
    const [entry] = await auditRows('catalog.categories_deleted');
    expect(entry?.details).toMatchObject({
      categoryCount: 1,
      productCount: preview.products,
      categories: [{ id: category!.id, name: category!.name, supplier: supplier.name }],
    });
    // Other suppliers' products are untouched.
    const others = await db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('supplierId', '!=', supplier.id)
      .executeTakeFirstOrThrow();
    expect(Number(others.count)).toBeGreaterThan(0);
  });
});
