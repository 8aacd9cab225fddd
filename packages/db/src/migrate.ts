import { Kysely, type MigrationResultSet, Migrator, PostgresDialect } from 'kysely';
import { createPool } from './client';
import { migrations } from './migrations';

function migratorFor(db: Kysely<unknown>) {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Numbers are handed out ahead of time and land in any order (0010 before 0009): a database that already
    // ran a later one still takes an earlier one that arrives after it.
    allowUnorderedMigrations: true,
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? '(unknown)'} failed: ${cause}`);
  }
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}`);
}

/** Applies every pending migration. Kysely takes a database lock, so concurrent callers are safe. */
export async function migrateToLatest(connectionString: string): Promise<string[]> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createPool({ connectionString, max: 1 }) }),
  });
  try {
    return check(await migratorFor(db).migrateToLatest());
  } finally {
    await db.destroy();
  }
}

/** Reverts the newest migration. */
export async function migrateDown(connectionString: string): Promise<string[]> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createPool({ connectionString, max: 1 }) }),
  });
  try {
    return check(await migratorFor(db).migrateDown());
  } finally {
    await db.destroy();
  }
}
