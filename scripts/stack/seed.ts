import { type CreatedAdmin, createSuperAdmin } from '@syncar/auth';
import type { SupplierCredentials } from '@syncar/contracts';
import {
  countActiveSuperAdmins,
  createDb,
  migrateToLatest,
  saveSupplierCredentials,
  upsertSupplier,
} from '@syncar/db';
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

/** The first Super Admin of a local installation: created with a generated password when there is none. */
export async function ensureDemoAdmin(databaseUrl: string): Promise<CreatedAdmin> {
  const db = createDb({ connectionString: databaseUrl, max: 1, applicationName: 'syncar-seed' });
  try {
    if ((await countActiveSuperAdmins(db)) > 0) return { created: false, username: 'admin', password: null };
    return await createSuperAdmin(db, { username: 'admin', email: 'admin@syncar.local' });
  } finally {
    await db.destroy();
  }
}
