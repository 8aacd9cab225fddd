import {
  type CategoryOrder,
  type ConnectorKind,
  DEFAULT_SUPPLIER_SETTINGS,
  type Supplier,
  type SupplierSettings,
} from '@syncar/contracts';
import { sql } from 'kysely';
import type { Db } from '../client';

export interface SealedValue {
  keyId: string;
  sealed: string;
}

const supplierColumns = (db: Db) =>
  db
    .selectFrom('suppliers as s')
    .select((eb) => [
      's.id',
      's.slug',
      's.name',
      's.connector',
      's.baseUrl',
      's.enabled',
      's.lastCategoriesSyncAt',
      eb
        .exists(eb.selectFrom('supplierCredentials as c').whereRef('c.supplierId', '=', 's.id'))
        .as('credentialsSet'),
      eb
        .selectFrom('categories as c')
        .whereRef('c.supplierId', '=', 's.id')
        .where('c.missingSince', 'is', null)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('categoryCount'),
    ]);

function toSupplier(row: Awaited<ReturnType<ReturnType<typeof supplierColumns>['executeTakeFirstOrThrow']>>) {
  return {
    ...row,
    connector: row.connector as ConnectorKind,
    credentialsSet: Boolean(row.credentialsSet),
    categoryCount: row.categoryCount ?? 0,
  } satisfies Supplier;
}

export async function listSuppliers(db: Db): Promise<Supplier[]> {
  const rows = await supplierColumns(db).orderBy('s.name').execute();
  return rows.map(toSupplier);
}

export async function findSupplier(db: Db, id: string): Promise<Supplier | undefined> {
  const row = await supplierColumns(db).where('s.id', '=', id).executeTakeFirst();
  return row && toSupplier(row);
}

export interface SupplierDefinition {
  slug: string;
  name: string;
  connector: ConnectorKind;
  baseUrl: string;
  enabled?: boolean;
}

/** Creates the supplier or updates its definition, keyed by slug. Returns its id. */
export async function upsertSupplier(db: Db, definition: SupplierDefinition): Promise<string> {
  const { id } = await db
    .insertInto('suppliers')
    .values({ ...definition, enabled: definition.enabled ?? true })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        connector: eb.ref('excluded.connector'),
        baseUrl: eb.ref('excluded.baseUrl'),
        enabled: eb.ref('excluded.enabled'),
        updatedAt: sql`now()`,
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('supplierSettings')
    .values({ supplierId: id })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return id;
}

export async function saveSupplierCredentials(db: Db, supplierId: string, value: SealedValue): Promise<void> {
  await db
    .insertInto('supplierCredentials')
    .values({ supplierId, ...value })
    .onConflict((oc) =>
      oc
        .column('supplierId')
        .doUpdateSet({ keyId: value.keyId, sealed: value.sealed, updatedAt: sql`now()` }),
    )
    .execute();
}

export async function readSupplierCredentials(db: Db, supplierId: string): Promise<SealedValue | undefined> {
  return db
    .selectFrom('supplierCredentials')
    .select(['keyId', 'sealed'])
    .where('supplierId', '=', supplierId)
    .executeTakeFirst();
}

/** What a worker needs to reach a supplier's portal (credentials are read apart, sealed). */
export async function findSupplierConnection(db: Db, id: string) {
  const row = await db
    .selectFrom('suppliers as s')
    .leftJoin('supplierSettings as st', 'st.supplierId', 's.id')
    .select([
      's.id',
      's.name',
      's.connector',
      's.baseUrl',
      's.enabled',
      'st.ignoreTlsErrors',
      'st.productsPerCategory',
      'st.requestsPerMinute',
      'st.maxConcurrency',
      'st.categoryOrder',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      ...row,
      connector: row.connector as ConnectorKind,
      ignoreTlsErrors: row.ignoreTlsErrors ?? false,
      maxConcurrency: row.maxConcurrency ?? DEFAULT_SUPPLIER_SETTINGS.maxConcurrency,
      categoryOrder: (row.categoryOrder ?? DEFAULT_SUPPLIER_SETTINGS.categoryOrder) as CategoryOrder,
    }
  );
}

const settingsColumns = [
  'productsPerCategory',
  'requestsPerMinute',
  'maxConcurrency',
  'categoryOrder',
] as const;

const toSettings = (row: {
  productsPerCategory: number | null;
  requestsPerMinute: number | null;
  maxConcurrency: number;
  categoryOrder: string;
}): SupplierSettings => ({ ...row, categoryOrder: row.categoryOrder as CategoryOrder });

/** A supplier's sync settings; the defaults when it has none stored. */
export async function findSupplierSettings(db: Db, supplierId: string): Promise<SupplierSettings> {
  const row = await db
    .selectFrom('supplierSettings')
    .select(settingsColumns)
    .where('supplierId', '=', supplierId)
    .executeTakeFirst();
  return row ? toSettings(row) : { ...DEFAULT_SUPPLIER_SETTINGS };
}

/**
 * Stores a supplier's sync settings (other columns, such as `ignoreTlsErrors`, are kept) and returns the ones
 * they replaced. The row is locked while it changes, so concurrent saves each report the true previous value.
 */
export async function saveSupplierSettings(
  db: Db,
  supplierId: string,
  settings: SupplierSettings,
): Promise<SupplierSettings> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('supplierSettings')
      .values({ supplierId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const previous = await trx
      .selectFrom('supplierSettings')
      .select(settingsColumns)
      .where('supplierId', '=', supplierId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('supplierSettings')
      .set({
        productsPerCategory: settings.productsPerCategory,
        requestsPerMinute: settings.requestsPerMinute,
        maxConcurrency: settings.maxConcurrency,
        categoryOrder: settings.categoryOrder,
        updatedAt: sql`now()`,
      })
      .where('supplierId', '=', supplierId)
      .execute();
    return toSettings(previous);
  });
}

/**
 * Re-encrypts every stored supplier secret that was not sealed with `currentKeyId` (a key rotation). Runs in
 * one transaction: either every secret moves to the new key or none does.
 */
export async function resealSupplierSecrets(
  db: Db,
  currentKeyId: string,
  reseal: (value: SealedValue) => SealedValue,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let count = 0;
    for (const table of ['supplierCredentials', 'supplierPortalSessions'] as const) {
      const rows = await trx
        .selectFrom(table)
        .select(['supplierId', 'keyId', 'sealed'])
        .where('keyId', '!=', currentKeyId)
        .forUpdate()
        .execute();
      for (const row of rows) {
        const next = reseal(row);
        await trx
          .updateTable(table)
          .set({ keyId: next.keyId, sealed: next.sealed, updatedAt: sql`now()` })
          .where('supplierId', '=', row.supplierId)
          .execute();
        count++;
      }
    }
    return count;
  });
}

/** The portal session (cookies) kept from the last run, sealed; reused by the next run while the portal accepts it. */
export async function readPortalSession(db: Db, supplierId: string): Promise<SealedValue | undefined> {
  return db
    .selectFrom('supplierPortalSessions')
    .select(['keyId', 'sealed'])
    .where('supplierId', '=', supplierId)
    .executeTakeFirst();
}

export async function savePortalSession(db: Db, supplierId: string, value: SealedValue): Promise<void> {
  await db
    .insertInto('supplierPortalSessions')
    .values({ supplierId, ...value })
    .onConflict((oc) =>
      oc
        .column('supplierId')
        .doUpdateSet({ keyId: value.keyId, sealed: value.sealed, updatedAt: sql`now()` }),
    )
    .execute();
}
