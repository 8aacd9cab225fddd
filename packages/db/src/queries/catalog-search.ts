import { createHash } from 'node:crypto';
import {
  AVAILABILITIES,
  type CatalogFacets,
  type CatalogFilters,
  type CatalogItem,
  type CatalogSearchResult,
  type CatalogSort,
  normalizePartCode,
} from '@syncar/contracts';
import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../client';

/** Products without a price sort last in both directions; the same constant is in migration 0007's index. */
const PRICE_NULL_HIGH = sql.lit(1_000_000_000_000_000);
/** A prefix shorter than this would match a large part of the catalog: only exact keys below it. */
const MIN_PREFIX = 3;
/** The first page counts its matches exactly up to here; beyond it the total is the planner's estimate. */
export const EXACT_TOTAL_LIMIT = 1_000;
/** An estimate above this is taken as it is, without counting. */
const ESTIMATE_TRUSTED_ABOVE = 3 * EXACT_TOTAL_LIMIT;
/** Words of the vocabulary a word of the search box may be the beginning of (the shortest first). */
const WORDS_PER_PREFIX = 16;
/** Close spellings a word of the search box is widened with (from the vocabulary, by trigram similarity). */
const SPELLINGS_PER_WORD = 8;
/**
 * How close a spelling must be: "filro" → filtro (0.44) and "mangera" → manguera (0.42) pass, "correa" → corto
 * (0.3, pg_trgm's own threshold) does not.
 */
const MIN_SIMILARITY = 0.4;
/** Words of the search box beyond these are ignored (each one is an index lookup). */
const MAX_WORDS = 8;
const TOP_BRANDS = 20;
/** Words that say nothing about a part: requiring them would only narrow a search by accident and slow it. */
const STOPWORDS = new Set([
  'a',
  'al',
  'con',
  'de',
  'del',
  'e',
  'el',
  'en',
  'la',
  'las',
  'los',
  'o',
  'para',
  'por',
]);

/** A search box's text, read once: the part-code key (SKU, OEM) and the words for name and brand. */
interface ParsedQuery {
  key: string;
  words: string[];
}

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();

function parseQuery(q: string): ParsedQuery | null {
  const key = normalizePartCode(q);
  // Split as the index splits names: on anything but letters and digits.
  const tokens = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const meaningful = tokens.filter((token) => !STOPWORDS.has(fold(token)));
  const words = [...new Set((meaningful.length ? meaningful : tokens).map(fold))].slice(0, MAX_WORDS);
  return key || words.length ? { key, words } : null;
}

/** Why a search cannot run as asked; the API answers 400 with the message. */
export class CatalogQueryError extends Error {}

const blank = (value: string | null) => (value?.trim() ? value.trim() : null);

/**
 * Each word of the search box widened with the vocabulary: the word itself, the words it begins ("pastil" →
 * pastilla, pastillas) and its closest spellings ("amortiguadr" → amortiguador). Whole words rather than
 * prefix queries, because a GIN index skips through a frequent word's postings only for whole words.
 */
const spellings = (folded: RawBuilder<unknown>) =>
  sql`SELECT ${folded} AS word
      UNION
      (SELECT w.word FROM search_words AS w WHERE w.word LIKE ${folded} || '%'
       ORDER BY length(w.word), w.word LIMIT ${WORDS_PER_PREFIX})
      UNION
      (SELECT w.word FROM search_words AS w
       WHERE w.word % ${folded} AND similarity(w.word, ${folded}) >= ${MIN_SIMILARITY}
       ORDER BY similarity(w.word, ${folded}) DESC, w.word LIMIT ${SPELLINGS_PER_WORD})`;

/** The words as one full-text query computed inside the statement (a sub-select per word). */
function inlineWordQuery(words: readonly string[]): RawBuilder<unknown> {
  const perWord = words.map(
    (word) => sql`(SELECT to_tsquery('simple', string_agg(quote_literal(spelling.word), ' | '))
      FROM (${spellings(sql`syncar_fold(${word})`)}) AS spelling)`,
  );
  return sql`(${sql.join(perWord, sql` && `)})`;
}

/**
 * The words as one full-text query resolved against the vocabulary first (one round trip) and passed as a
 * constant, so the planner sees how common the words are and walks an index or builds a bitmap accordingly.
 */
async function resolveWordQuery(db: Db, words: readonly string[]): Promise<RawBuilder<unknown>> {
  const { rows } = await sql<{ spellings: string[] }>`
    SELECT ARRAY(${spellings(sql`syncar_fold(asked.word)`)}) AS spellings
    FROM unnest(${words}::text[]) WITH ORDINALITY AS asked(word, n) ORDER BY asked.n`.execute(db);
  const lexeme = (word: string) => `'${word.replace(/'/g, "''")}'`;
  const text = rows.map((row) => `(${row.spellings.map(lexeme).join(' | ')})`).join(' & ');
  return sql`to_tsquery('simple', ${text})`;
}

/** What matches a part code: exactly, or (from MIN_PREFIX characters) as the beginning of one. */
function keyConditions(key: string): { exact: RawBuilder<SqlBool>; prefix: RawBuilder<SqlBool> | null } {
  return {
    exact: sql<SqlBool>`(products.sku_key = ${key} OR products.oem_keys @> ARRAY[${key}]::text[])`,
    prefix:
      key.length >= MIN_PREFIX
        ? sql<SqlBool>`(products.sku_key LIKE ${`${key}%`} OR products.oem_text LIKE ${`% ${key}%`})`
        : null,
  };
}

/** The search box as relevance tiers, best first: exact part code, part code prefix, words. */
function relevanceTiers(query: ParsedQuery, words: RawBuilder<unknown> | null): RawBuilder<SqlBool>[] {
  const tiers: RawBuilder<SqlBool>[] = [];
  if (query.key) {
    const { exact, prefix } = keyConditions(query.key);
    tiers.push(exact);
    if (prefix) tiers.push(prefix);
  }
  if (words) {
    tiers.push(sql<SqlBool>`products.search_vector @@ ${words}`);
  }
  return tiers;
}

const any = (conditions: readonly RawBuilder<SqlBool>[]) =>
  conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` OR `)})` : sql<SqlBool>`false`;

type FacetName = 'supplierIds' | 'brands' | 'availability';

/**
 * Every filter but the search box, as conditions on `products`. `walk`: for a walk down an index, testing the
 * vehicle first on the product's own vehicle keys (from the index) and then on its fitments one product at a
 * time; elsewhere the fitments are joined as a set, and the keys are left out because the planner, taking the
 * two tests as independent, would expect far fewer matches.
 */
function filterConditions(filters: CatalogFilters, omit?: FacetName, walk = false): RawBuilder<SqlBool>[] {
  // Cheap tests first: a walk evaluates them on every index entry it passes, left to right.
  const conditions: RawBuilder<SqlBool>[] = filters.includeMissing
    ? []
    : [sql`products.missing_since IS NULL`];
  if (filters.supplierIds.length && omit !== 'supplierIds') {
    conditions.push(sql`products.supplier_id = ANY(${filters.supplierIds}::uuid[])`);
  }
  if (filters.categoryIds.length) {
    conditions.push(sql`products.category_id = ANY(${filters.categoryIds}::uuid[])`);
  }
  if (filters.brands.length && omit !== 'brands') {
    conditions.push(sql`products.brand = ANY(${filters.brands}::text[])`);
  }
  if (filters.availability.length && omit !== 'availability') {
    conditions.push(sql`products.availability = ANY(${filters.availability}::text[])`);
  }
  if (filters.priceMin !== null || filters.priceMax !== null) {
    // Written on the price-sort index's expression, so a price range walks that index; no price never matches.
    conditions.push(
      sql`coalesce(products.price_clp, ${PRICE_NULL_HIGH}) BETWEEN ${filters.priceMin ?? 0}
        AND ${filters.priceMax ?? 1_000_000_000}`,
    );
  }
  const vehicle = vehicleCondition(filters, sql`products.id`);
  if (vehicle) {
    const keys = walk ? vehicleKeys(filters) : null;
    if (keys) conditions.push(sql`products.vehicle_keys @> ARRAY[${keys}]`);
    // On a walk, OFFSET 0 keeps this a probe per product: hashed, it would read every fitment of the vehicle.
    conditions.push(
      sql`EXISTS (SELECT 1 FROM product_fitments AS f WHERE ${vehicle}${walk ? sql` OFFSET 0` : sql``})`,
    );
  }
  return conditions;
}

const all = (conditions: readonly RawBuilder<SqlBool>[]) =>
  conditions.length ? sql<SqlBool>`(${sql.join(conditions, sql` AND `)})` : sql<SqlBool>`true`;

/** The whole WHERE, with the word queries inline or resolved. */
function whereOf(
  filters: CatalogFilters,
  words: RawBuilder<unknown> | null,
  omit?: FacetName,
  walk = false,
): RawBuilder<SqlBool> {
  const query = parseQuery(filters.q);
  const conditions = filterConditions(filters, omit, walk);
  if (query) conditions.unshift(any(relevanceTiers(query, words)));
  return all(conditions);
}

/**
 * The WHERE of a catalog view over `products` (the table must be in scope under that name): the search box
 * matches a product whose SKU or an OEM code is or begins with the text, or whose name and brand hold every
 * word (as typed, as the beginning of a word, or by a close spelling). `omit` leaves one facet's own filter out.
 */
export function catalogFilterCondition(filters: CatalogFilters, omit?: FacetName): RawBuilder<SqlBool> {
  const query = parseQuery(filters.q);
  return whereOf(filters, query?.words.length ? inlineWordQuery(query.words) : null, omit);
}

/** The same WHERE with the words resolved first: faster plans for searches and facets. */
async function resolvedWhere(db: Db, filters: CatalogFilters) {
  const query = parseQuery(filters.q);
  const words = query?.words.length ? await resolveWordQuery(db, query.words) : null;
  return { query, words, where: (omit?: FacetName, walk = false) => whereOf(filters, words, omit, walk) };
}

/** The products.vehicle_keys entry the vehicle filter needs ('toyota' or 'toyota|hilux'), if it names a make. */
function vehicleKeys(filters: CatalogFilters): RawBuilder<string> | null {
  const make = blank(filters.make);
  const model = blank(filters.model);
  if (!make) return null;
  return model
    ? sql<string>`syncar_fold(${make}) || '|' || syncar_fold(${model})`
    : sql<string>`syncar_fold(${make})`;
}

/** The fitment rows (alias f) of `productId` that match the vehicle filter, or null without one. */
function vehicleCondition(
  filters: CatalogFilters,
  productId: RawBuilder<unknown>,
): RawBuilder<SqlBool> | null {
  const make = blank(filters.make);
  const model = blank(filters.model);
  if (!make && !model && filters.year === null) return null;
  const conditions: RawBuilder<unknown>[] = [sql`f.product_id = ${productId}`];
  if (make) conditions.push(sql`f.make_key = syncar_fold(${make})`);
  if (model) conditions.push(sql`f.model_key = syncar_fold(${model})`);
  if (filters.year !== null) {
    // Open ends count: "2015 - " fits every year from 2015 on.
    conditions.push(sql`(f.year_from IS NULL OR f.year_from <= ${filters.year})`);
    conditions.push(sql`(f.year_to IS NULL OR f.year_to >= ${filters.year})`);
  }
  return sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}

/**
 * Narrows any query over `products` to exactly the rows the catalog shows for `filters` (search box
 * included), so an export streams the same rows as the search page.
 */
export function applyCatalogFilters<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  filters: CatalogFilters,
): SelectQueryBuilder<DB, TB, O> {
  return query.where(catalogFilterCondition(filters));
}

interface SortKey {
  /** The key expression; pages are ordered by (tier, key, id), the key and id in `direction`. */
  key: RawBuilder<unknown>;
  type: 'int8' | 'text' | 'timestamptz';
  direction: 'asc' | 'desc';
}

/** How each sort orders the rows within a tier. Relevance orders its tiers by name. */
function sortKey(sort: CatalogSort): SortKey {
  switch (sort) {
    case 'relevance':
    case 'name':
      return { key: sql`products.name_key`, type: 'text', direction: 'asc' };
    case 'price_asc':
      return { key: sql`coalesce(products.price_clp, ${PRICE_NULL_HIGH})`, type: 'int8', direction: 'asc' };
    case 'price_desc':
      return { key: sql`coalesce(products.price_clp, -1)`, type: 'int8', direction: 'desc' };
    case 'updated':
      return { key: sql`products.updated_at`, type: 'timestamptz', direction: 'desc' };
  }
}

/**
 * The SQL of a catalog view's order, for callers that stream the filtered rows in the order the pages show
 * them: relevance tiers first (with a search box), then the sort's key and the id.
 */
export function catalogOrderBy(sort: CatalogSort, filters: CatalogFilters): RawBuilder<unknown> {
  const { key, direction } = sortKey(sort);
  const dir = sql.raw(direction);
  const query = sort === 'relevance' ? parseQuery(filters.q) : null;
  if (!query) return sql`${key} ${dir}, products.id ${dir}`;
  const tiers = relevanceTiers(query, query.words.length ? inlineWordQuery(query.words) : null);
  const tier = sql`CASE ${sql.join(
    tiers.map((condition, n) => sql`WHEN ${condition} THEN ${sql.lit(n)}`),
    sql` `,
  )} END`;
  return sql`${tier}, ${key} ${dir}, products.id ${dir}`;
}

interface Cursor {
  /** Which search the cursor belongs to: filters and sort. */
  search: string;
  /** The relevance tier of the last row (0 without tiers). */
  tier: number;
  key: string;
  id: string;
}

const searchFingerprint = (filters: CatalogFilters, sort: CatalogSort) =>
  createHash('sha256')
    .update(JSON.stringify([filters, sort]))
    .digest('base64url')
    .slice(0, 16);

const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.search, cursor.tier, cursor.key, cursor.id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What PostgreSQL's text output of each key type looks like, so a forged cursor fails here and not in SQL. */
const KEY_FORMATS: Record<SortKey['type'], RegExp> = {
  int8: /^-?\d{1,18}$/,
  text: /^[\s\S]{0,2000}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
};

function decodeCursor(
  value: string,
  filters: CatalogFilters,
  sort: CatalogSort,
  type: SortKey['type'],
): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [search, tier, key, id] = Array.isArray(parsed) && parsed.length === 4 ? parsed : [];
  if (
    typeof search !== 'string' ||
    !Number.isInteger(tier) ||
    tier < 0 ||
    tier > 2 ||
    typeof key !== 'string' ||
    typeof id !== 'string' ||
    !UUID.test(id) ||
    !KEY_FORMATS[type].test(key)
  ) {
    throw new CatalogQueryError('El cursor de la página no es válido; vuelve a la primera página');
  }
  if (search !== searchFingerprint(filters, sort)) {
    throw new CatalogQueryError('El cursor corresponde a otra búsqueda; vuelve a la primera página');
  }
  return { search, tier, key, id };
}

export interface CatalogSearchOptions {
  filters: CatalogFilters;
  sort: CatalogSort;
  limit: number;
  cursor: string | null;
}

/** Index entries a walk reads before it judges how common the matches are. */
const FIRST_WALK = 2_000;
/** A walk longer than this costs more than fetching the matches through their own indexes. */
const MAX_WALK = 50_000;

interface Tier {
  index: number;
  /** The tier's rows, written for a walk (tested one index entry at a time) and for a fetch (as a set). */
  walk: RawBuilder<SqlBool>;
  fetch: RawBuilder<SqlBool>;
  /** Matches are expected to be few (part codes): fetch and sort them, do not walk. */
  narrow: boolean;
}

interface Hit {
  id: string;
  sortValue: string;
  tier: number;
}

interface Position {
  key: string;
  id: string;
}

/** Rows after `from` in the sort's order. */
function afterPosition(order: SortKey, from: Position | null): RawBuilder<SqlBool> {
  if (!from) return sql<SqlBool>`true`;
  const comparison = sql.raw(order.direction === 'asc' ? '>' : '<');
  return sql<SqlBool>`(${order.key}, products.id) ${comparison} (${from.key}::${sql.raw(order.type)}, ${from.id}::uuid)`;
}

/**
 * The first `n` products of a tier after `from`, in the sort's order. Common matches are found by walking the
 * sort's index: a first stretch shows how common they are, and the walk goes on as far as that says the page
 * needs. Rare ones (none in the first stretch, or too far apart) are fetched through their own indexes and
 * sorted. Neither depends on the planner guessing how many there are.
 */
async function tierPage(
  db: Db,
  order: SortKey,
  tier: Tier,
  from: Position | null,
  n: number,
): Promise<Hit[]> {
  const dir = sql.raw(order.direction);
  const reverse = sql.raw(order.direction === 'asc' ? 'desc' : 'asc');
  if (!tier.narrow) {
    const hits: Hit[] = [];
    let position = from;
    let budget = FIRST_WALK;
    let walkedSoFar = 0;
    while (walkedSoFar + budget <= MAX_WALK) {
      const { rows } = await sql<{
        walked: number;
        lastId: string | null;
        lastValue: string | null;
        id: string | null;
        sortValue: string | null;
      }>`
        WITH walk AS MATERIALIZED (
          SELECT products.id, ${order.key} AS sort_value, ${tier.walk} AS matches
          FROM products WHERE ${afterPosition(order, position)}
          ORDER BY ${order.key} ${dir}, products.id ${dir} LIMIT ${budget}
        )
        SELECT counted.walked::int AS walked, last.id AS last_id, last.sort_value::text AS last_value, hit.id,
          hit.sort_value::text AS sort_value
        FROM (SELECT count(*) AS walked FROM walk) AS counted
        LEFT JOIN LATERAL (SELECT walk.id, walk.sort_value FROM walk
                           ORDER BY walk.sort_value ${reverse}, walk.id ${reverse} LIMIT 1) AS last ON true
        LEFT JOIN LATERAL (SELECT walk.id, walk.sort_value FROM walk WHERE walk.matches
                           ORDER BY walk.sort_value ${dir}, walk.id ${dir} LIMIT ${n - hits.length}) AS hit ON true`.execute(
        db,
      );
      const found = rows.filter((row) => row.id !== null);
      hits.push(...found.map((row) => ({ id: row.id!, sortValue: row.sortValue!, tier: tier.index })));
      const walked = rows[0]?.walked ?? 0;
      // Enough, or the end of the index: the walk saw every candidate.
      if (hits.length >= n || walked < budget) return hits;
      // None in the first stretch: rare, fetch them. Else go on as far again as the matches seen so far say
      // the rest of the page lies, twice over (and never less than a first stretch).
      if (hits.length === 0) break;
      walkedSoFar += walked;
      position = { key: rows[0]!.lastValue!, id: rows[0]!.lastId! };
      budget = Math.max(FIRST_WALK, Math.ceil((2 * (n - hits.length) * walkedSoFar) / hits.length));
    }
  }
  // OFFSET 0 keeps the planner from walking the sort's index for these (it would, had it guessed them common).
  const { rows } = await sql<{ id: string; sortValue: string }>`
    SELECT found.id, found.sort_value::text AS sort_value
    FROM (SELECT products.id, ${order.key} AS sort_value FROM products
          WHERE ${tier.fetch} AND ${afterPosition(order, from)} OFFSET 0) AS found
    ORDER BY found.sort_value ${dir}, found.id ${dir} LIMIT ${n}`.execute(db);
  return rows.map((row) => ({ ...row, tier: tier.index }));
}

/** Part-code matches up to this many are left out of the words tier by id; more, by their conditions. */
const MAX_EXCLUDED = 100;

/**
 * How the words tier leaves out the products already listed by a part-code tier: by their ids when there are
 * few (the usual case: words rarely form a code), which keeps a walk within the name index; null when there
 * are many, and the part-code conditions themselves must be negated.
 */
async function betterThanWords(db: Db, codeTiers: readonly RawBuilder<SqlBool>[]) {
  const { rows } = await sql<{ id: string }>`
    SELECT products.id FROM products WHERE ${any(codeTiers)} LIMIT ${MAX_EXCLUDED + 1}`.execute(db);
  if (rows.length > MAX_EXCLUDED) return null;
  return rows.length ? [sql<SqlBool>`NOT (products.id = ANY(${rows.map((row) => row.id)}::uuid[]))`] : [];
}

/**
 * One page of the catalog: matching rows in the sort's order after the cursor, keyset-paged on (tier, key, id)
 * so a row is never skipped nor repeated while other rows come and go. Relevance reads its tiers one after the
 * other (exact part code, part code prefix, words), each in name order. The first page also counts the matches.
 */
export async function searchCatalog(db: Db, options: CatalogSearchOptions): Promise<CatalogSearchResult> {
  const { filters, sort, limit } = options;
  const order = sortKey(sort);
  const cursor = options.cursor ? decodeCursor(options.cursor, filters, sort, order.type) : null;
  const { query, words, where } = await resolvedWhere(db, filters);
  // Tier n holds the rows its condition matches and no better tier's does; without a search box (or for the
  // other sorts) there is one tier, the whole WHERE.
  const conditions = sort === 'relevance' && query ? relevanceTiers(query, words) : [];
  const wordsTier = words ? conditions.length - 1 : -1;
  const better = wordsTier > 0 ? await betterThanWords(db, conditions.slice(0, wordsTier)) : null;
  const tierWhere = (index: number, walk: boolean) => {
    const base = filterConditions(filters, undefined, walk);
    if (!conditions.length) return whereOf(filters, words, undefined, walk);
    const excluded =
      index === wordsTier && better ? better : conditions.slice(0, index).map((c) => sql<SqlBool>`NOT ${c}`);
    return all([...base, conditions[index]!, ...excluded]);
  };
  const tiers: Tier[] = (conditions.length ? conditions : [null]).map((_, index) => ({
    index,
    walk: tierWhere(index, true),
    fetch: tierWhere(index, false),
    narrow: index < conditions.length - (words ? 1 : 0),
  }));

  const page = async (trx: Db) => {
    const hits: Hit[] = [];
    for (const tier of tiers.slice(cursor?.tier ?? 0)) {
      if (hits.length > limit) break;
      const from = cursor && tier.index === cursor.tier ? cursor : null;
      hits.push(...(await tierPage(trx, order, tier, from, limit + 1 - hits.length)));
    }
    return { hits, items: await pageItems(trx, filters, hits.slice(0, limit)) };
  };

  const [{ hits, items }, counted] = await Promise.all([
    interactively(db, false, page),
    cursor ? null : interactively(db, false, (trx) => countMatches(trx, where())),
  ]);
  const last = hits[limit - 1];
  const nextCursor =
    hits.length > limit && last
      ? encodeCursor({
          search: searchFingerprint(filters, sort),
          tier: last.tier,
          key: last.sortValue,
          id: last.id,
        })
      : null;
  // A first page that is also the last one is its own exact total.
  const total = cursor ? null : nextCursor ? counted : { count: items.length, exact: true };
  return { items, nextCursor, total: total?.count ?? null, totalExact: total?.exact ?? true };
}

/** What the page shows of each product, in the order of `hits`. */
async function pageItems(db: Db, filters: CatalogFilters, hits: readonly Hit[]): Promise<CatalogItem[]> {
  if (hits.length === 0) return [];
  const fitmentMatch = vehicleCondition(filters, sql`p.id`) ?? sql`f.product_id = p.id`;
  const { rows } = await sql<CatalogItem>`
    SELECT p.id, p.sku, p.name, p.brand, p.supplier_id, s.name AS supplier_name, p.category_id,
      c.name AS category_name, p.price_clp, p.stock, p.availability, p.oem_codes,
      p.missing_since IS NOT NULL AS missing,
      (SELECT i.content_hash FROM product_images AS i
        WHERE i.product_id = p.id AND i.content_hash IS NOT NULL ORDER BY i.position LIMIT 1) AS thumbnail_hash,
      (SELECT json_build_object('make', f.make, 'model', f.model, 'yearFrom', f.year_from, 'yearTo', f.year_to)
        FROM product_fitments AS f WHERE ${fitmentMatch} ORDER BY f.position LIMIT 1) AS fitment,
      (SELECT count(*) FROM product_fitments AS f WHERE f.product_id = p.id)::int AS fitment_count
    FROM products AS p
    JOIN suppliers AS s ON s.id = p.supplier_id
    LEFT JOIN categories AS c ON c.id = p.category_id
    WHERE p.id = ANY(${hits.map((hit) => hit.id)}::uuid[])`.execute(db);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return hits.flatMap((hit) => byId.get(hit.id) ?? []);
}

/**
 * Runs catalog reads the way a person waiting for them needs: without JIT compilation (it costs more than it
 * saves at these sizes) and, unless `parallel`, without parallel workers (their start-up dominates short
 * queries on a busy machine).
 */
function interactively<T>(db: Db, parallel: boolean, work: (trx: Db) => Promise<T>): Promise<T> {
  return db
    .transaction()
    .setAccessMode('read only')
    .execute(async (trx) => {
      await sql`SELECT set_config('jit', 'off', true)`.execute(trx);
      if (!parallel) await sql`SELECT set_config('max_parallel_workers_per_gather', '0', true)`.execute(trx);
      return work(trx);
    });
}

/**
 * How many products match: the planner's estimate when it is far above EXACT_TOTAL_LIMIT (counting would walk
 * them all), else an exact count that stops at EXACT_TOTAL_LIMIT (beyond it, the estimate again).
 */
async function countMatches(db: Db, where: RawBuilder<SqlBool>): Promise<{ count: number; exact: boolean }> {
  const plan = await sql<
    Record<string, unknown>
  >`EXPLAIN (FORMAT JSON) SELECT 1 FROM products WHERE ${where}`.execute(db);
  const [explained] = Object.values(plan.rows[0]!);
  const json = (typeof explained === 'string' ? JSON.parse(explained) : explained) as [
    { Plan: { 'Plan Rows': number } },
  ];
  const estimate = Math.round(json[0].Plan['Plan Rows']);
  if (estimate > ESTIMATE_TRUSTED_ABOVE) return { count: estimate, exact: false };
  const { rows } = await sql<{ count: number }>`
    SELECT count(*)::int AS count
    FROM (SELECT 1 FROM products WHERE ${where} LIMIT ${EXACT_TOTAL_LIMIT + 1}) AS capped`.execute(db);
  const count = rows[0]!.count;
  return count <= EXACT_TOTAL_LIMIT
    ? { count, exact: true }
    : { count: Math.max(estimate, count), exact: false };
}

type FacetCounts = { [F in FacetName]: Map<string, number> };

const FACET_COLUMNS: Record<FacetName, RawBuilder<unknown>> = {
  supplierIds: sql`products.supplier_id`,
  brands: sql`products.brand`,
  availability: sql`products.availability`,
};

/** Counts per value of each facet in `facets`, over one WHERE, in a single scan (GROUPING SETS). */
async function countFacets(db: Db, where: RawBuilder<SqlBool>, facets: readonly FacetName[]) {
  const column = (facet: FacetName) => (facets.includes(facet) ? FACET_COLUMNS[facet] : sql`NULL`);
  const { rows } = await sql<{
    supplierId: string | null;
    brand: string | null;
    availability: string | null;
    count: number;
  }>`
    SELECT ${column('supplierIds')} AS supplier_id, ${column('brands')} AS brand,
      ${column('availability')} AS availability, count(*)::int AS count
    FROM products WHERE ${where}
    GROUP BY GROUPING SETS (${sql.join(facets.map((facet) => sql`(${FACET_COLUMNS[facet]})`))})`.execute(db);
  const counts: Partial<FacetCounts> = {};
  for (const facet of facets) counts[facet] = new Map();
  for (const row of rows) {
    // supplier_id and availability are never null: a null one means the row belongs to another set.
    if (row.supplierId !== null) counts.supplierIds?.set(row.supplierId, row.count);
    else if (row.availability !== null) counts.availability?.set(row.availability, row.count);
    else if (row.brand !== null) counts.brands?.set(row.brand, row.count);
  }
  return counts;
}

const byCountThenName =
  <T extends { count: number }>(name: (item: T) => string) =>
  (a: T, b: T) =>
    b.count - a.count || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);

/**
 * Counts per supplier, brand (the most frequent, plus any chosen) and availability over the filtered set. Each
 * facet leaves out its own filter, so the options next to a chosen one keep their counts. Facets whose own filter
 * is not set share one scan.
 */
export async function catalogFacets(db: Db, filters: CatalogFilters): Promise<CatalogFacets> {
  const facets: FacetName[] = ['supplierIds', 'brands', 'availability'];
  const shared = facets.filter((facet) => filters[facet].length === 0);
  const own = facets.filter((facet) => filters[facet].length > 0);
  const { where } = await resolvedWhere(db, filters);
  const parts = await Promise.all([
    shared.length ? interactively(db, true, (trx) => countFacets(trx, where(), shared)) : {},
    ...own.map((facet) => interactively(db, true, (trx) => countFacets(trx, where(facet), [facet]))),
  ]);
  const counts = Object.assign({}, ...parts) as FacetCounts;

  const supplierIds = [...new Set([...counts.supplierIds.keys(), ...filters.supplierIds])];
  const names = supplierIds.length
    ? await db.selectFrom('suppliers').select(['id', 'name']).where('id', 'in', supplierIds).execute()
    : [];
  const brands = [...counts.brands]
    .map(([brand, count]) => ({ brand, count }))
    .sort(byCountThenName((b) => b.brand));
  const top = brands.slice(0, TOP_BRANDS);
  for (const brand of filters.brands) {
    if (!top.some((b) => b.brand === brand)) top.push({ brand, count: counts.brands.get(brand) ?? 0 });
  }
  return {
    suppliers: names
      .map(({ id, name }) => ({ id, name, count: counts.supplierIds.get(id) ?? 0 }))
      .sort(byCountThenName((s) => s.name)),
    brands: top.sort(byCountThenName((b) => b.brand)),
    availability: AVAILABILITIES.map((value) => ({
      availability: value,
      count: counts.availability.get(value) ?? 0,
    })),
  };
}

/**
 * The vehicle picker: the makes in the fitments, or with `make` the models of that make, each spelled as first
 * seen. A loose index scan over the fitments' vehicle index: one probe per distinct value, however many rows.
 */
export async function vehicleOptions(db: Db, make: string | null): Promise<string[]> {
  const chosen = blank(make);
  const { rows } = chosen
    ? await sql<{ value: string }>`
        WITH RECURSIVE keys(key) AS (
          (SELECT model_key FROM product_fitments WHERE make_key = syncar_fold(${chosen}) ORDER BY 1 LIMIT 1)
          UNION ALL
          SELECT (SELECT model_key FROM product_fitments
                  WHERE make_key = syncar_fold(${chosen}) AND model_key > keys.key ORDER BY 1 LIMIT 1)
          FROM keys WHERE keys.key IS NOT NULL
        )
        SELECT (SELECT model FROM product_fitments
                WHERE make_key = syncar_fold(${chosen}) AND model_key = keys.key LIMIT 1) AS value
        FROM keys WHERE keys.key IS NOT NULL`.execute(db)
    : await sql<{ value: string }>`
        WITH RECURSIVE keys(key) AS (
          (SELECT make_key FROM product_fitments ORDER BY 1 LIMIT 1)
          UNION ALL
          SELECT (SELECT make_key FROM product_fitments WHERE make_key > keys.key ORDER BY 1 LIMIT 1)
          FROM keys WHERE keys.key IS NOT NULL
        )
        SELECT (SELECT make FROM product_fitments WHERE make_key = keys.key LIMIT 1) AS value
        FROM keys WHERE keys.key IS NOT NULL`.execute(db);
  return rows.map((row) => row.value);
}
