import { type Kysely, sql } from 'kysely';

// Frozen in time: the default roles as they shipped; later changes go in later migrations.
const ALL = [
  'catalog:read',
  'catalog:export',
  'catalog:delete',
  'imports:read',
  'imports:run',
  'imports:cancel',
  'suppliers:manage',
  'users:manage',
  'queues:read',
  'queues:manage',
  'audit:read',
];
const ROLES = [
  {
    name: 'Super Admin',
    description: 'Todo, incluida la administración de otros Super Admin',
    superAdmin: true,
    permissions: ALL,
  },
  {
    name: 'Admin',
    description: 'Todo, salvo administrar a los Super Admin',
    superAdmin: false,
    permissions: ALL,
  },
  {
    name: 'Operator',
    description: 'Catálogo, importaciones y colas (solo lectura)',
    superAdmin: false,
    permissions: [
      'catalog:read',
      'catalog:export',
      'imports:read',
      'imports:run',
      'imports:cancel',
      'queues:read',
    ],
  },
  { name: 'Viewer', description: 'Consulta del catálogo', superAdmin: false, permissions: ['catalog:read'] },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('roles')
    .addColumn('is_super_admin', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'timestamptz').execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'id']).execute();

  for (const role of ROLES) {
    const { rows } = await sql<{ id: string }>`
      INSERT INTO roles (name, description, is_system, is_super_admin)
      VALUES (${role.name}, ${role.description}, true, ${role.superAdmin})
      ON CONFLICT (name) DO UPDATE SET is_system = true, is_super_admin = excluded.is_super_admin
      RETURNING id`.execute(db);
    const id = rows[0]!.id;
    for (const permission of role.permissions) {
      await sql`INSERT INTO role_permissions (role_id, permission) VALUES (${id}, ${permission})
        ON CONFLICT DO NOTHING`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM roles WHERE is_system AND NOT EXISTS (SELECT 1 FROM users WHERE users.role_id = roles.id)`.execute(
    db,
  );
  await db.schema.dropIndex('audit_log_action_idx').execute();
  await db.schema.alterTable('users').dropColumn('password_changed_at').execute();
  await db.schema.alterTable('roles').dropColumn('is_super_admin').execute();
}
