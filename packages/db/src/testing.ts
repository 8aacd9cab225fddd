import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The server the tests may create databases on: any database URL on it will do. */
export function adminDatabaseUrl(): string {
  return process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database with a unique name, so test runs on a shared server never see each other's data.
 * `drop()` removes it, closing connections that are still open.
 */
export async function createTestDatabase(prefix = 'syncar_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(adminDatabaseUrl(), name);
  await migrateToLatest(url);
  return {
    url,
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export function createTestDb(database: TestDatabase): Db {
  return createDb({ connectionString: database.url, max: 4, applicationName: 'syncar-test' });
}
