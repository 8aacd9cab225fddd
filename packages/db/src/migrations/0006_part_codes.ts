import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The key of an OEM/factory code: its letters and digits, upper case ("04152-YZZA1" and "04152 yzza1" meet).
  // Kept in step with normalizePartCode in packages/contracts.
  await sql`
    CREATE FUNCTION syncar_part_code_keys(codes text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT key ORDER BY key), '{}')
      FROM (SELECT upper(regexp_replace(code, '[^A-Za-z0-9]', '', 'g')) AS key FROM unnest(codes) AS code) AS keys
      WHERE key <> ''
    $$`.execute(db);
  await sql`
    ALTER TABLE products ADD COLUMN oem_keys text[] NOT NULL
    GENERATED ALWAYS AS (syncar_part_code_keys(oem_codes)) STORED`.execute(db);
  await sql`CREATE INDEX products_oem_keys_idx ON products USING gin (oem_keys)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE products DROP COLUMN oem_keys`.execute(db);
  await sql`DROP FUNCTION syncar_part_code_keys(text[])`.execute(db);
}
