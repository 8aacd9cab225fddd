import { type Kysely, sql } from 'kysely';

// Frozen in time: the roles that could curate the catalog when this shipped.
const LINKING_ROLES = ['Admin', 'Operator'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // An operator's verdict on a pair of products: the same part (`same`) or not (`NOT same`). A pair is stored
  // once, lowest id first. Products sharing an OEM key are the same part unless a verdict says otherwise; a
  // verdict of `same` joins products that share no key.
  await db.schema
    .createTable('part_links')
    .addColumn('first_product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('second_product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('same', 'boolean', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('part_links_pkey', ['first_product_id', 'second_product_id'])
    .addCheckConstraint('part_links_ordered', sql`first_product_id < second_product_id`)
    .execute();
  await db.schema
    .createIndex('part_links_second_product_idx')
    .on('part_links')
    .column('second_product_id')
    .execute();

  await sql`
    INSERT INTO role_permissions (role_id, permission)
    SELECT id, 'catalog:link' FROM roles WHERE is_super_admin OR (is_system AND name IN (${sql.join(LINKING_ROLES)}))
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM role_permissions WHERE permission = 'catalog:link'`.execute(db);
  await db.schema.dropTable('part_links').execute();
}
