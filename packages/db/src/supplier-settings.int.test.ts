import { DEFAULT_SUPPLIER_SETTINGS, type SupplierSettings } from '@syncar/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from './client';
import {
  findSupplierConnection,
  findSupplierSettings,
  saveSupplierSettings,
  upsertSupplier,
} from './queries/suppliers';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

const supplier = (slug: string) =>
  upsertSupplier(db, { slug, name: slug, connector: 'sandbox', baseUrl: 'http://portal.test' });

const polite: SupplierSettings = {
  productsPerCategory: 250,
  requestsPerMinute: 90,
  maxConcurrency: 2,
  categoryOrder: 'size',
};

it('gives the defaults to a supplier without stored settings', async () => {
  const id = await supplier('no-settings');
  await db.deleteFrom('supplierSettings').where('supplierId', '=', id).execute();
  expect(await findSupplierSettings(db, id)).toEqual(DEFAULT_SUPPLIER_SETTINGS);
  expect(await findSupplierConnection(db, id)).toMatchObject({
    productsPerCategory: null,
    requestsPerMinute: null,
    maxConcurrency: 4,
    categoryOrder: 'portal',
  });

  // Saving creates the row, and what it replaced were the defaults.
  expect(await saveSupplierSettings(db, id, polite)).toEqual(DEFAULT_SUPPLIER_SETTINGS);
  expect(await findSupplierSettings(db, id)).toEqual(polite);
});

it('saves the settings, reports the previous ones, keeps other columns, and the worker reads them', async () => {
  const id = await supplier('with-settings');
  await db
    .updateTable('supplierSettings')
    .set({ ignoreTlsErrors: true })
    .where('supplierId', '=', id)
    .execute();

  expect(await saveSupplierSettings(db, id, polite)).toEqual(DEFAULT_SUPPLIER_SETTINGS);
  const unlimited = {
    ...polite,
    productsPerCategory: null,
    requestsPerMinute: null,
    categoryOrder: 'name',
  } as const;
  expect(await saveSupplierSettings(db, id, unlimited)).toEqual(polite);
  expect(await findSupplierSettings(db, id)).toEqual(unlimited);

  expect(await findSupplierConnection(db, id)).toMatchObject({ ...unlimited, ignoreTlsErrors: true });
  // Another supplier's settings are untouched.
  expect(await findSupplierSettings(db, await supplier('other'))).toEqual(DEFAULT_SUPPLIER_SETTINGS);
});
