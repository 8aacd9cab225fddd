import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Both are "trusted" extensions (PostgreSQL 13+): a database owner may create them without superuser.
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`.execute(db);

  // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes this wrapper safe to
  // declare IMMUTABLE, so indexes and generated columns may use it. Lower case, no accents: "Amortiguador
  // Delantero Citroën" and "amortiguador delantero citroen" fold alike.
  await sql`
    CREATE FUNCTION syncar_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
    $$`.execute(db);
  // The OEM keys as one string, each preceded by a space, so a trigram index answers prefixes: '% 04152%'.
  await sql`
    CREATE FUNCTION syncar_part_code_text(codes text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(' ' || array_to_string(syncar_part_code_keys(codes), ' '), '')
    $$`.execute(db);

  // Stored rather than recomputed: ranking reads them for every candidate row.
  await sql`
    ALTER TABLE products
      ADD COLUMN search_text text NOT NULL
        GENERATED ALWAYS AS (syncar_fold(name || ' ' || coalesce(brand, ''))) STORED,
      ADD COLUMN sku_key text NOT NULL
        GENERATED ALWAYS AS (upper(regexp_replace(sku, '[^A-Za-z0-9]', '', 'g'))) STORED,
      ADD COLUMN oem_text text NOT NULL
        GENERATED ALWAYS AS (syncar_part_code_text(oem_codes)) STORED`.execute(db);

  // What the search box matches: SKU exact/prefix, OEM prefix (exact uses products_oem_keys_idx), name+brand.
  await sql`CREATE INDEX products_sku_key_idx ON products (sku_key text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX products_oem_text_trgm_idx ON products USING gin (oem_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX products_search_text_trgm_idx ON products USING gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX products_brand_idx ON products (brand)`.execute(db);

  // Keyset sorts: each ORDER BY (key, id) walks one of these, so a deep page costs what the first one does.
  await sql`CREATE INDEX products_sort_name_idx ON products (syncar_fold(name), id)`.execute(db);
  // A product without a price sorts last either way (1e15 is above any price; the price filter uses it too).
  await sql`
    CREATE INDEX products_sort_price_asc_idx ON products ((coalesce(price_clp, 1000000000000000)), id)`.execute(
    db,
  );
  await sql`CREATE INDEX products_sort_price_desc_idx ON products ((coalesce(price_clp, -1)), id)`.execute(
    db,
  );
  await sql`CREATE INDEX products_sort_updated_idx ON products (updated_at, id)`.execute(db);

  // The vehicle filter and picker: make, model (folded) and the years, with the product for an index-only join.
  await sql`
    CREATE INDEX product_fitments_vehicle_idx ON product_fitments
      (syncar_fold(make), syncar_fold(model), year_from, year_to) INCLUDE (product_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX product_fitments_vehicle_idx`.execute(db);
  for (const index of [
    'products_sort_updated_idx',
    'products_sort_price_desc_idx',
    'products_sort_price_asc_idx',
    'products_sort_name_idx',
    'products_brand_idx',
    'products_search_text_trgm_idx',
    'products_oem_text_trgm_idx',
    'products_sku_key_idx',
  ]) {
    await sql`DROP INDEX ${sql.raw(index)}`.execute(db);
  }
  await sql`ALTER TABLE products DROP COLUMN oem_text, DROP COLUMN sku_key, DROP COLUMN search_text`.execute(
    db,
  );
  await sql`DROP FUNCTION syncar_part_code_text(text[])`.execute(db);
  await sql`DROP FUNCTION syncar_fold(text)`.execute(db);
  // The extensions stay: other objects in the database may have come to use them.
}
