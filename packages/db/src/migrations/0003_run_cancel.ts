import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('import_runs')
    .addColumn('cancel_requested_at', 'timestamptz')
    .addColumn('cancel_requested_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('import_runs')
    .dropColumn('cancel_requested_by')
    .dropColumn('cancel_requested_at')
    .execute();
}
