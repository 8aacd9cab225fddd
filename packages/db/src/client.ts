import { CamelCasePlugin, Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';

export type Database = DB;
export type Db = Kysely<DB>;

const INT8_OID = 20;

/**
 * int8 (bigint, count(*)) arrives as a JS number: CLP amounts and counts stay far below 2^53.
 * Set per pool, not globally, so nothing else in the process is affected.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface CreateDbOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
}

export function createPool({
  connectionString,
  max = 10,
  applicationName = 'syncar',
}: CreateDbOptions): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, application_name: applicationName, types });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  return pool;
}

export function createDb(options: CreateDbOptions): Db {
  return new Kysely<DB>({
    dialect: new PostgresDialect({ pool: createPool(options) }),
    plugins: [new CamelCasePlugin()],
  });
}

/** Resolves when PostgreSQL answers a trivial query; used by readiness probes. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
