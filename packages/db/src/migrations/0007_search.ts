import { type Kysely, sql } from 'kysely';

/**
 * Catalog search. Words of names and brands go through full-text search (a GIN index over the folded words)
 * widened with close spellings from a small vocabulary table (trigram similarity), so typos cost a lookup in
 * thousands of words instead of a trigram scan of a million names. SKU and OEM codes are keyed like part codes
 * (exact and prefix). Sorts walk btree indexes on (key, id) for keyset pages; the vehicle filter has indexes both
 * ways (vehicle → products, product → its vehicles).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Both are "trusted" extensions (PostgreSQL 13+): a database owner may create them without superuser.
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`.execute(db);

  // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes this wrapper safe to
  // declare IMMUTABLE, so indexes and generated columns may use it. "Amortiguador Citroën" → "amortiguador citroen".
  await sql`
    CREATE FUNCTION syncar_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
      SELECT lower(public.unaccent('public.unaccent'::regdictionary, value))
    $$`.execute(db);
  // The words of a name and brand as full-text lexemes: folded, split on anything but letters and digits
  // ("2.4" → 2, 4; "Mercedes-Benz" → mercedes, benz), no stemming (the vocabulary handles variants).
  await sql`
    CREATE FUNCTION syncar_search_vector(name text, brand text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT to_tsvector('simple'::regconfig,
        regexp_replace(syncar_fold(name || ' ' || coalesce(brand, '')), '[^[:alnum:]]+', ' ', 'g'))
    $$`.execute(db);
  // The OEM keys (as in syncar_part_code_keys) in one string, each after a space, so a trigram index answers
  // prefixes: '% 04152%'. chr(1) separates the codes, which never contain it.
  await sql`
    CREATE FUNCTION syncar_part_code_text(codes text[]) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT ' ' || translate(upper(regexp_replace(array_to_string(codes, chr(1)), '[^A-Za-z0-9\\x01]', '', 'g')),
        chr(1), ' ')
    $$`.execute(db);

  // Stored, not recomputed: filters, ranking and sorting read them for every candidate row.
  await sql`
    ALTER TABLE products
      ADD COLUMN name_key text NOT NULL GENERATED ALWAYS AS (syncar_fold(name)) STORED,
      ADD COLUMN search_vector tsvector NOT NULL GENERATED ALWAYS AS (syncar_search_vector(name, brand)) STORED,
      ADD COLUMN sku_key text NOT NULL
        GENERATED ALWAYS AS (upper(regexp_replace(sku, '[^A-Za-z0-9]', '', 'g'))) STORED,
      ADD COLUMN oem_text text NOT NULL GENERATED ALWAYS AS (syncar_part_code_text(oem_codes)) STORED`.execute(
    db,
  );
  await sql`
    ALTER TABLE product_fitments
      ADD COLUMN make_key text NOT NULL GENERATED ALWAYS AS (syncar_fold(make)) STORED,
      ADD COLUMN model_key text NOT NULL GENERATED ALWAYS AS (syncar_fold(model)) STORED`.execute(db);
  // The product's vehicles as keys ('toyota', 'toyota|hilux'), kept from its fitments by statement triggers: a
  // walk in name order rules out the products that do not fit from the index alone, and asks the fitments only
  // about the years of the few that might.
  await sql`ALTER TABLE products ADD COLUMN vehicle_keys text[] NOT NULL DEFAULT '{}'`.execute(db);
  await sql`
    CREATE FUNCTION syncar_refresh_vehicle_keys() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE products AS p SET vehicle_keys = fresh.keys
      FROM (
        SELECT changed.product_id, coalesce((
          SELECT array_agg(DISTINCT key ORDER BY key)
          FROM product_fitments AS f, LATERAL (VALUES (f.make_key), (f.make_key || '|' || f.model_key)) AS k(key)
          WHERE f.product_id = changed.product_id), '{}') AS keys
        FROM (SELECT DISTINCT product_id FROM changed_fitments) AS changed
      ) AS fresh
      WHERE p.id = fresh.product_id AND p.vehicle_keys IS DISTINCT FROM fresh.keys;
      RETURN NULL;
    END
    $$`.execute(db);
  for (const [event, table] of [
    ['INSERT', 'NEW'],
    ['UPDATE', 'NEW'],
    ['DELETE', 'OLD'],
  ] as const) {
    await sql`
      CREATE TRIGGER ${sql.raw(`product_fitments_vehicle_keys_${event.toLowerCase()}`)}
      AFTER ${sql.raw(event)} ON product_fitments
      REFERENCING ${sql.raw(table)} TABLE AS changed_fitments
      FOR EACH STATEMENT EXECUTE FUNCTION syncar_refresh_vehicle_keys()`.execute(db);
  }
  await sql`
    UPDATE products AS p SET vehicle_keys = fresh.keys
    FROM (SELECT f.product_id, array_agg(DISTINCT key ORDER BY key) AS keys
          FROM product_fitments AS f, LATERAL (VALUES (f.make_key), (f.make_key || '|' || f.model_key)) AS k(key)
          GROUP BY f.product_id) AS fresh
    WHERE p.id = fresh.product_id`.execute(db);

  // What the search box matches: SKU exact/prefix, OEM prefix (exact uses products_oem_keys_idx), words.
  await sql`CREATE INDEX products_sku_key_idx ON products (sku_key text_pattern_ops)`.execute(db);
  await sql`CREATE INDEX products_oem_text_trgm_idx ON products USING gin (oem_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX products_search_vector_idx ON products USING gin (search_vector)`.execute(db);
  await sql`CREATE INDEX products_brand_idx ON products (brand)`.execute(db);

  // Keyset sorts: ORDER BY (key, id) walks one of these, so a deep page costs what the first one does. The name
  // order (also relevance's) carries what the common tests read (missing, vehicles, words), so a walk filtered
  // by them skips rows without visiting the table.
  await sql`
    CREATE INDEX products_sort_name_idx ON products (name_key, id)
      INCLUDE (missing_since, vehicle_keys, search_vector)`.execute(db);
  // A product without a price sorts last either way (1e15 is above any price; the price filter uses it too).
  await sql`
    CREATE INDEX products_sort_price_asc_idx ON products ((coalesce(price_clp, 1000000000000000)), id)`.execute(
    db,
  );
  await sql`CREATE INDEX products_sort_price_desc_idx ON products ((coalesce(price_clp, -1)), id)`.execute(
    db,
  );
  await sql`CREATE INDEX products_sort_updated_idx ON products (updated_at, id)`.execute(db);

  // The vehicle, both ways and without visiting the table: which products fit it, and does this product fit it.
  await sql`
    CREATE INDEX product_fitments_vehicle_idx ON product_fitments (make_key, model_key, year_from, year_to)
      INCLUDE (product_id)`.execute(db);
  await sql`
    CREATE INDEX product_fitments_product_idx ON product_fitments (product_id)
      INCLUDE (make_key, model_key, year_from, year_to)`.execute(db);
  // Models belong to makes: without this the planner multiplies their frequencies and misjudges the plan.
  await sql`CREATE STATISTICS product_fitments_vehicle_stats (dependencies, mcv)
    ON make_key, model_key FROM product_fitments`.execute(db);

  // Every word of every name and brand, once: where a misspelt word finds its close spellings.
  await sql`CREATE TABLE search_words (word text PRIMARY KEY)`.execute(db);
  await sql`CREATE INDEX search_words_trgm_idx ON search_words USING gin (word gin_trgm_ops)`.execute(db);
  // Kept by statement triggers (one insert per synced page). Words are inserted in order, so two concurrent
  // syncs adding the same new words wait for each other instead of deadlocking. Words of deleted products
  // stay: they only widen a search to a spelling that then matches nothing.
  await sql`
    CREATE FUNCTION syncar_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO search_words (word)
      SELECT DISTINCT word FROM changed_products, unnest(tsvector_to_array(changed_products.search_vector)) AS word
      ORDER BY word
      ON CONFLICT DO NOTHING;
      RETURN NULL;
    END
    $$`.execute(db);
  for (const event of ['INSERT', 'UPDATE']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`products_search_words_${event.toLowerCase()}`)} AFTER ${sql.raw(event)} ON products
      REFERENCING NEW TABLE AS changed_products
      FOR EACH STATEMENT EXECUTE FUNCTION syncar_collect_search_words()`.execute(db);
  }
  await sql`
    INSERT INTO search_words (word)
    SELECT DISTINCT unnest(tsvector_to_array(search_vector)) FROM products
    ON CONFLICT DO NOTHING`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql`DROP TRIGGER ${sql.raw(`product_fitments_vehicle_keys_${event}`)} ON product_fitments`.execute(
      db,
    );
  }
  await sql`DROP FUNCTION syncar_refresh_vehicle_keys()`.execute(db);
  await sql`DROP TRIGGER products_search_words_update ON products`.execute(db);
  await sql`DROP TRIGGER products_search_words_insert ON products`.execute(db);
  await sql`DROP FUNCTION syncar_collect_search_words()`.execute(db);
  await sql`DROP TABLE search_words`.execute(db);
  await sql`DROP STATISTICS product_fitments_vehicle_stats`.execute(db);
  for (const index of [
    'product_fitments_product_idx',
    'product_fitments_vehicle_idx',
    'products_sort_updated_idx',
    'products_sort_price_desc_idx',
    'products_sort_price_asc_idx',
    'products_sort_name_idx',
    'products_brand_idx',
    'products_search_vector_idx',
    'products_oem_text_trgm_idx',
    'products_sku_key_idx',
  ]) {
    await sql`DROP INDEX ${sql.raw(index)}`.execute(db);
  }
  await sql`ALTER TABLE product_fitments DROP COLUMN model_key, DROP COLUMN make_key`.execute(db);
  await sql`
    ALTER TABLE products DROP COLUMN vehicle_keys, DROP COLUMN oem_text, DROP COLUMN sku_key,
      DROP COLUMN search_vector, DROP COLUMN name_key`.execute(db);
  await sql`DROP FUNCTION syncar_part_code_text(text[])`.execute(db);
  await sql`DROP FUNCTION syncar_search_vector(text, text)`.execute(db);
  await sql`DROP FUNCTION syncar_fold(text)`.execute(db);
  // The extensions stay: other objects in the database may have come to use them.
}
