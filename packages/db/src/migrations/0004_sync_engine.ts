import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A hash of everything a product sync writes for a product: equal hash, nothing to write.
  await db.schema.alterTable('products').addColumn('content_hash', 'text').execute();

  // Where a products run stands in each category: a retried or resumed run continues from here.
  await db.schema
    .createTable('import_run_checkpoints')
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('category_id', 'uuid', (c) => c.notNull().references('categories.id').onDelete('cascade'))
    .addColumn('next_page', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('done', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('products_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('products_total', 'integer')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('import_run_checkpoints_pkey', ['run_id', 'category_id'])
    .execute();

  // Products a run has seen, to mark the rest of its categories missing at the end; removed with the run.
  await db.schema
    .createTable('import_run_seen')
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('import_run_seen_pkey', ['run_id', 'product_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_run_seen').execute();
  await db.schema.dropTable('import_run_checkpoints').execute();
  await db.schema.alterTable('products').dropColumn('content_hash').execute();
}
