import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';

// Frozen in time: never edit after it has shipped; add a new migration instead.

const id = (col: ColumnDefinitionBuilder) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = sql`now()`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);

  // Access control
  await db.schema
    .createTable('roles')
    .addColumn('id', 'uuid', id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('is_system', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('role_permissions')
    .addColumn('role_id', 'uuid', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('permission', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('role_permissions_pkey', ['role_id', 'permission'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', id)
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role_id', 'uuid', (c) => c.notNull().references('roles.id'))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('es-CL'))
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await sql`CREATE UNIQUE INDEX users_username_key ON users (lower(username))`.execute(db);
  await sql`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', id)
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('family_id', 'uuid', (c) => c.notNull())
    .addColumn('refresh_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_family_idx').on('sessions').column('family_id').execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  // Suppliers
  await db.schema
    .createTable('suppliers')
    .addColumn('id', 'uuid', id)
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('connector', 'text', (c) => c.notNull())
    .addColumn('base_url', 'text', (c) => c.notNull())
    .addColumn('enabled', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('needs_attention', 'text')
    .addColumn('last_categories_sync_at', 'timestamptz')
    .addColumn('last_products_sync_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('supplier_settings')
    .addColumn('supplier_id', 'uuid', (c) => c.primaryKey().references('suppliers.id').onDelete('cascade'))
    .addColumn('products_per_category', 'integer', (c) => c.check(sql`products_per_category > 0`))
    .addColumn('requests_per_minute', 'integer', (c) => c.check(sql`requests_per_minute > 0`))
    .addColumn('max_concurrency', 'integer', (c) => c.notNull().defaultTo(4).check(sql`max_concurrency > 0`))
    .addColumn('category_order', 'text', (c) =>
      c.notNull().defaultTo('portal').check(sql`category_order IN ('portal', 'name', 'size')`),
    )
    .addColumn('ignore_tls_errors', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  // Secrets are sealed with AES-256-GCM by the application; key_id names the key that sealed them.
  await db.schema
    .createTable('supplier_credentials')
    .addColumn('supplier_id', 'uuid', (c) => c.primaryKey().references('suppliers.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('supplier_portal_sessions')
    .addColumn('supplier_id', 'uuid', (c) => c.primaryKey().references('suppliers.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  // Catalog
  await db.schema
    .createTable('categories')
    .addColumn('id', 'uuid', id)
    .addColumn('supplier_id', 'uuid', (c) => c.notNull().references('suppliers.id').onDelete('cascade'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('kind', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('product_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('selected', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('missing_since', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('categories_supplier_external_key', ['supplier_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'uuid', id)
    .addColumn('supplier_id', 'uuid', (c) => c.notNull().references('suppliers.id').onDelete('cascade'))
    .addColumn('category_id', 'uuid', (c) => c.references('categories.id').onDelete('set null'))
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('brand', 'text')
    .addColumn('description', 'text')
    .addColumn('origin', 'text')
    .addColumn('url', 'text')
    .addColumn('price_clp', 'bigint', (c) => c.check(sql`price_clp >= 0`))
    .addColumn('stock', 'integer', (c) => c.check(sql`stock >= 0`))
    .addColumn('availability', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unknown')
        .check(sql`availability IN ('in_stock', 'out_of_stock', 'on_order', 'unknown')`),
    )
    .addColumn('available_from', 'date')
    .addColumn('oem_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('specs', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('extra', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('missing_since', 'timestamptz')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('products_supplier_sku_key', ['supplier_id', 'sku'])
    .execute();
  await db.schema.createIndex('products_category_idx').on('products').column('category_id').execute();

  await db.schema
    .createTable('product_fitments')
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('make', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('secondary', 'text')
    .addColumn('year_from', 'integer')
    .addColumn('year_to', 'integer', (c) =>
      c.check(sql`year_to IS NULL OR year_from IS NULL OR year_to >= year_from`),
    )
    .addPrimaryKeyConstraint('product_fitments_pkey', ['product_id', 'position'])
    .execute();

  await db.schema
    .createTable('product_images')
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_url', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text')
    .addColumn('content_type', 'text')
    .addColumn('byte_size', 'integer')
    .addColumn('width', 'integer')
    .addColumn('height', 'integer')
    .addPrimaryKeyConstraint('product_images_pkey', ['product_id', 'position'])
    .execute();

  // Runs (declared before history, which points at the run that observed a change)
  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'uuid', id)
    .addColumn('supplier_id', 'uuid', (c) => c.notNull().references('suppliers.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('categories', 'products')`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('queued')
        .check(sql`status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')`),
    )
    .addColumn('reason', 'text')
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('progress_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress_total', 'integer')
    .addColumn('stats', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('event_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('import_runs_supplier_created_idx')
    .on('import_runs')
    .columns(['supplier_id', 'created_at desc', 'id desc'])
    .execute();
  // At most one active run per supplier and kind: two clicks on "Importar" cannot start two runs.
  await sql`CREATE UNIQUE INDEX import_runs_one_active_idx ON import_runs (supplier_id, kind)
    WHERE status IN ('queued', 'running')`.execute(db);
  await db.schema
    .createIndex('import_runs_created_idx')
    .on('import_runs')
    .columns(['created_at desc', 'id desc'])
    .execute();

  await db.schema
    .createTable('import_run_events')
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('data', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_run_events_pkey', ['run_id', 'seq'])
    .execute();

  await db.schema
    .createTable('product_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('product_id', 'uuid', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('run_id', 'uuid', (c) => c.references('import_runs.id').onDelete('set null'))
    .addColumn('observed_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('price_clp', 'bigint')
    .addColumn('stock', 'integer')
    .addColumn('availability', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('product_history_product_idx')
    .on('product_history')
    .columns(['product_id', 'observed_at'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at desc').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'product_history',
    'import_run_events',
    'import_runs',
    'product_images',
    'product_fitments',
    'products',
    'categories',
    'supplier_portal_sessions',
    'supplier_credentials',
    'supplier_settings',
    'suppliers',
    'sessions',
    'users',
    'role_permissions',
    'roles',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
