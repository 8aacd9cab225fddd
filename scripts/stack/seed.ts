import type { SupplierCredentials } from '@syncar/contracts';
import { createDb, migrateToLatest, saveSupplierCredentials, upsertSupplier } from '@syncar/db';
import { SecretBox } from '@syncar/runtime';

export interface DemoSupplier {
  slug: string;
  name: string;
  baseUrl: string;
  credentials: SupplierCredentials;
}

/** Migrates the database and creates (or updates) suppliers that point at the demo portal. */
export async function seedDemoSuppliers(
  databaseUrl: string,
  secretsKey: string,
  suppliers: readonly DemoSupplier[],
): Promise<Record<string, string>> {
  await migrateToLatest(databaseUrl);
  const db = createDb({ connectionString: databaseUrl, max: 1, applicationName: 'syncar-seed' });
  const box = new SecretBox(secretsKey);
  const ids: Record<string, string> = {};
  try {
    for (const supplier of suppliers) {
      const id = await upsertSupplier(db, {
        slug: supplier.slug,
        name: supplier.name,
        connector: 'sandbox',
        baseUrl: supplier.baseUrl,
      });
      await saveSupplierCredentials(db, id, box.sealJson(supplier.credentials));
      ids[supplier.slug] = id;
    }
  } finally {
    await db.destroy();
  }
  return ids;
}
