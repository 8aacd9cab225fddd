import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per export a user asked for: what it holds (the view and columns), how it is made (streamed on
  // download, or written to a file by a worker), how far the worker got, and when its file expires.
  await db.schema
    .createTable('catalog_exports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode IN ('direct', 'job')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('queued', 'running', 'ready', 'failed', 'expired')`),
    )
    .addColumn('format', 'text', (c) => c.notNull().check(sql`format IN ('csv', 'xlsx')`))
    .addColumn('columns', sql`text[]`, (c) => c.notNull())
    .addColumn('filters', 'jsonb', (c) => c.notNull())
    .addColumn('sort', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'integer')
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('byte_size', 'bigint')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    // Where the request came from, for the audit entry the worker writes when the file is done.
    .addColumn('client_ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('catalog_exports_user_created_idx')
    .on('catalog_exports')
    .columns(['requested_by', 'created_at desc'])
    .execute();
  await sql`CREATE INDEX catalog_exports_expiry_idx ON catalog_exports (expires_at)
    WHERE status <> 'expired'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('catalog_exports').execute();
}
