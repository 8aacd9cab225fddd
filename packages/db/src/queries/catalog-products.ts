import {
  type Availability,
  type CatalogFilters,
  type CatalogProduct,
  type CompareCursor,
  type CompareOutput,
  catalogFiltersSchema,
  type HistoryPoint,
  normalizePartCode,
  type PartGroup,
  type PartOffer,
  type SamePartOffer,
  type SameParts,
} from '@syncar/contracts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../client';
import { catalogFilterCondition } from './catalog-search';
import { bestOffer, groupParts, type PartNode, type PartVerdict, pairKey, sortOffers } from './part-groups';

/** Everything the product page shows, or undefined for an unknown product. */
export async function findCatalogProduct(db: Db, id: string): Promise<CatalogProduct | undefined> {
  const row = await db
    .selectFrom('products as p')
    .innerJoin('suppliers as s', 's.id', 'p.supplierId')
    .leftJoin('categories as c', 'c.id', 'p.categoryId')
    .select([
      'p.id',
      'p.sku',
      'p.name',
      'p.brand',
      'p.description',
      'p.url',
      'p.priceClp',
      'p.stock',
      'p.availability',
      sql<string | null>`to_char(p.available_from, 'YYYY-MM-DD')`.as('availableFrom'),
      'p.oemCodes',
      'p.specs',
      'p.firstSeenAt',
      'p.lastSeenAt',
      'p.missingSince',
      's.id as supplierId',
      's.name as supplierName',
      's.baseUrl as supplierBaseUrl',
      'c.id as categoryId',
      'c.name as categoryName',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [images, fitments] = await Promise.all([
    db
      .selectFrom('productImages')
      .select(['position', 'contentHash', 'width', 'height'])
      .where('productId', '=', id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('productFitments')
      .select(['make', 'model', 'secondary', 'yearFrom', 'yearTo'])
      .where('productId', '=', id)
      .orderBy('position')
      .execute(),
  ]);
  return {
    id: row.id,
    sku: row.sku,
    name: row.name,
    brand: row.brand,
    description: row.description,
    url: row.url,
    priceClp: row.priceClp,
    stock: row.stock,
    availability: row.availability as Availability,
    availableFrom: row.availableFrom,
    oemCodes: row.oemCodes,
    specs: row.specs as CatalogProduct['specs'],
    supplier: { id: row.supplierId, name: row.supplierName, baseUrl: row.supplierBaseUrl },
    category: row.categoryId && row.categoryName ? { id: row.categoryId, name: row.categoryName } : null,
    images,
    fitments,
    firstSeenAt: row.firstSeenAt,
    lastSeenAt: row.lastSeenAt,
    missingSince: row.missingSince,
  };
}

/**
 * Price, stock and availability of a product over the last `days`, oldest first. The last change before the
 * window is included, dated at the window's start: the value the product had when the window opened.
 */
export async function productHistory(
  db: Db,
  id: string,
  { days }: { days: number },
): Promise<HistoryPoint[]> {
  const since = new Date(Date.now() - days * 86_400_000);
  const columns = ['observedAt as at', 'priceClp', 'stock', 'availability'] as const;
  const [before, within] = await Promise.all([
    db
      .selectFrom('productHistory')
      .select(columns)
      .where('productId', '=', id)
      .where('observedAt', '<', since)
      .orderBy('observedAt', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('productHistory')
      .select(columns)
      .where('productId', '=', id)
      .where('observedAt', '>=', since)
      .orderBy('observedAt')
      .orderBy('id')
      .execute(),
  ]);
  return [...(before ? [{ ...before, at: since }] : []), ...within].map((point) => ({
    ...point,
    availability: point.availability as Availability,
  }));
}

/** `column` is one of `ids`: one array parameter however many ids (a list of thousands would hit PostgreSQL's limit). */
const anyOf = (column: string, ids: readonly string[]) =>
  sql<SqlBool>`${sql.ref(column)} = ANY(${ids}::uuid[])`;

/**
 * A part's graph grows through shared keys and links up to this many products (more with many seeds), so a
 * generic code shared by half the catalog cannot make one request read all of it.
 */
const GRAPH_LIMIT = 2_000;
const GRAPH_LIMIT_PER_SEED = 50;

interface PartGraph {
  nodes: PartNode[];
  verdicts: PartVerdict[];
}

/**
 * Every product connected to `seedIds` through shared OEM keys or operators' links (ignoring "not the same"
 * verdicts, which only remove edges inside it), with the verdicts among them: enough to split it into parts.
 * Products the supplier no longer lists are left out unless `includeMissing` (the seeds always count).
 */
async function partGraph(db: Db, seedIds: readonly string[], includeMissing: boolean): Promise<PartGraph> {
  if (!seedIds.length) return { nodes: [], verdicts: [] };
  const nodes = new Map<string, PartNode>();
  const limit = Math.max(GRAPH_LIMIT, GRAPH_LIMIT_PER_SEED * seedIds.length);
  let frontier: PartNode[] = await db
    .selectFrom('products')
    .select(['id', 'oemKeys'])
    .where(anyOf('id', seedIds))
    .execute();
  for (const node of frontier) nodes.set(node.id, node);
  while (frontier.length && nodes.size < limit) {
    const ids = frontier.map((node) => node.id);
    const keys = [...new Set(frontier.flatMap((node) => node.oemKeys))];
    const linked = await db
      .selectFrom('partLinks')
      .select(['firstProductId', 'secondProductId'])
      .where('same', '=', true)
      .where((eb) => eb.or([anyOf('firstProductId', ids), anyOf('secondProductId', ids)]))
      .execute();
    const linkedIds = linked
      .flatMap((link) => [link.firstProductId, link.secondProductId])
      .filter((id) => !nodes.has(id));
    if (!keys.length && !linkedIds.length) break;
    frontier = await db
      .selectFrom('products')
      .select(['id', 'oemKeys'])
      .where((eb) =>
        eb.or([
          ...(keys.length ? [sql<SqlBool>`oem_keys && ${keys}::text[]`] : []),
          ...(linkedIds.length ? [anyOf('id', linkedIds)] : []),
        ]),
      )
      .where(sql<SqlBool>`NOT (${anyOf('id', [...nodes.keys()])})`)
      .$if(!includeMissing, (qb) => qb.where('missingSince', 'is', null))
      .orderBy('id')
      .limit(limit - nodes.size)
      .execute();
    for (const node of frontier) nodes.set(node.id, node);
  }
  const ids = [...nodes.keys()];
  const verdicts = await db
    .selectFrom('partLinks')
    .select(['firstProductId', 'secondProductId', 'same'])
    .where(anyOf('firstProductId', ids))
    .where(anyOf('secondProductId', ids))
    .execute();
  return { nodes: [...nodes.values()], verdicts };
}

const offerColumns = (db: Db) =>
  db
    .selectFrom('products as p')
    .innerJoin('suppliers as s', 's.id', 'p.supplierId')
    .select([
      'p.id',
      'p.name',
      's.id as supplierId',
      's.name as supplierName',
      'p.sku',
      'p.brand',
      'p.priceClp',
      'p.stock',
      'p.availability',
      'p.url',
      'p.oemCodes',
    ]);

async function findOffers(db: Db, ids: readonly string[]): Promise<Map<string, PartOffer>> {
  const rows = ids.length ? await offerColumns(db).where(anyOf('p.id', ids)).execute() : [];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        productId: row.id,
        supplier: { id: row.supplierId, name: row.supplierName },
        sku: row.sku,
        name: row.name,
        brand: row.brand,
        priceClp: row.priceClp,
        stock: row.stock,
        availability: row.availability as Availability,
        url: row.url,
        oemCodes: row.oemCodes,
      },
    ]),
  );
}

/** The codes of `codes` whose key is among `keys`, as the supplier wrote them. */
const codesWithKeys = (codes: readonly string[], keys: ReadonlySet<string>) =>
  codes.filter((code) => keys.has(normalizePartCode(code)));

/**
 * Other suppliers' offers of the same part as product `id` (shared OEM key or an operator's link, directly or
 * through another product), each saying how it matched, and the best offer in stock among them and `id`.
 */
export async function sameParts(db: Db, id: string): Promise<SameParts> {
  const graph = await partGraph(db, [id], false);
  const group = groupParts(graph.nodes, graph.verdicts).find((ids) => ids.includes(id)) ?? [id];
  const offers = await findOffers(db, group);
  const self = offers.get(id);
  if (!self) return { offers: [], bestOfferId: null };
  const ownKeys = new Set(self.oemCodes.map(normalizePartCode));
  const verdicts = new Map(graph.verdicts.map((v) => [pairKey(v.firstProductId, v.secondProductId), v.same]));
  const others: SamePartOffer[] = [...offers.values()]
    .filter((offer) => offer.supplier.id !== self.supplier.id)
    .map((offer) => {
      const sharedCodes = codesWithKeys(offer.oemCodes, ownKeys);
      const verdict = verdicts.get(pairKey(id, offer.productId));
      const match =
        verdict === true ? 'link' : sharedCodes.length && verdict === undefined ? 'oem' : 'indirect';
      return { ...offer, match, sharedCodes };
    });
  const bestOfferId = bestOffer([self, ...others])?.productId ?? null;
  return { offers: sortOffers(others, bestOfferId), bestOfferId };
}

/** Up to `limit` products of other suppliers than product `id`'s that the search box text `q` finds, by name. */
export async function findLinkCandidates(db: Db, id: string, q: string, limit = 8): Promise<PartOffer[]> {
  const rows = await db
    .selectFrom('products')
    .select('id')
    .where(catalogFilterCondition(catalogFiltersSchema.parse({ q })))
    .where('supplierId', '!=', (eb) =>
      eb.selectFrom('products as own').select('own.supplierId').where('own.id', '=', id),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
  const offers = await findOffers(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => offers.get(row.id)!);
}

/** Products that could be part of a group: they share an OEM key with another product or have a link. */
const hasPartner = sql<SqlBool>`(
  EXISTS (SELECT 1 FROM products AS o WHERE o.oem_keys && products.oem_keys AND o.id <> products.id)
  OR EXISTS (SELECT 1 FROM part_links AS l WHERE l.same AND products.id IN (l.first_product_id, l.second_product_id))
)`;

/** Candidates scanned per round while filling a page of groups. */
const COMPARE_BATCH = 500;
/** The catalog's name order (the search's own, on its index): the order parts are listed in. */
const NAME_ORDER = sql`syncar_fold(name)`;

/**
 * Parts offered by at least two suppliers, among products matching `filters`, with every supplier's offer and
 * the best offer in stock. A group is listed once, at its first matching product in name order (its anchor),
 * which is also the cursor after it; the offers include the group's products outside the filters.
 */
export async function compareParts(
  db: Db,
  input: { filters: CatalogFilters; limit: number; cursor?: CompareCursor | null | undefined },
): Promise<CompareOutput> {
  const { filters, limit } = input;
  const groups: PartGroup[] = [];
  // Products whose part this call has already dealt with: a later batch needs no graph for them.
  const placed = new Set<string>();
  let after = input.cursor ?? null;
  for (;;) {
    const batch = await db
      .selectFrom('products')
      .select(['id', 'name'])
      .where(catalogFilterCondition(filters))
      .where(hasPartner)
      .$if(after !== null, (qb) =>
        qb.where(sql<SqlBool>`(${NAME_ORDER}, id) > (syncar_fold(${after!.name}), ${after!.id}::uuid)`),
      )
      .orderBy(NAME_ORDER)
      .orderBy('id')
      .limit(COMPARE_BATCH)
      .execute();
    if (!batch.length) return { groups, nextCursor: null };
    const batchIds = new Set(batch.map((row) => row.id));
    const seeds = [...batchIds].filter((id) => !placed.has(id));
    const graph = await partGraph(db, seeds, filters.includeMissing);
    const parts = groupParts(graph.nodes, graph.verdicts).filter(
      (ids) => ids.length > 1 && ids.some((id) => batchIds.has(id)),
    );
    const members = parts.flat();
    // A part found from this batch starts (in name order) in this batch or earlier: it is dealt with now.
    for (const id of members) placed.add(id);
    // Each part is listed at its first matching product in the database's own name order, if that is in
    // this batch (an earlier one was listed with an earlier batch or page).
    const matching = members.length
      ? await db
          .selectFrom('products')
          .select(['id', 'name'])
          .where(anyOf('id', members))
          .where(catalogFilterCondition(filters))
          .orderBy(NAME_ORDER)
          .orderBy('id')
          .execute()
      : [];
    const partOf = new Map(parts.flatMap((ids, index) => ids.map((id) => [id, index] as const)));
    const anchors: Array<{ index: number; anchor: CompareCursor }> = [];
    const listed = new Set<number>();
    for (const row of matching) {
      const index = partOf.get(row.id)!;
      if (listed.has(index)) continue;
      listed.add(index);
      if (batchIds.has(row.id)) anchors.push({ index, anchor: { name: row.name, id: row.id } });
    }
    const offers = await findOffers(db, members);
    for (const { index, anchor } of anchors) {
      const group = parts[index]!.map((id) => offers.get(id)).filter((offer) => offer !== undefined);
      if (new Set(group.map((offer) => offer.supplier.id)).size < 2) continue;
      const best = bestOffer(group)?.productId ?? null;
      const sorted = sortOffers(group, best);
      // The anchor's spelling first: the codes then read like the product the group is titled after.
      const byAnchor = [...sorted].sort(
        (a, b) => Number(b.productId === anchor.id) - Number(a.productId === anchor.id),
      );
      groups.push({ anchor, codes: sharedCodes(byAnchor), offers: sorted, bestOfferId: best });
      if (groups.length === limit) return { groups, nextCursor: anchor };
    }
    if (batch.length < COMPARE_BATCH) return { groups, nextCursor: null };
    const last = batch.at(-1)!;
    after = { name: last.name, id: last.id };
  }
}

/**
 * The OEM codes held by at least two offers of a group, one per key: the spelling most offers use, on a tie the
 * first offer's.
 */
function sharedCodes(offers: readonly PartOffer[]): string[] {
  const byKey = new Map<string, { offers: number; spellings: Map<string, number> }>();
  for (const offer of offers) {
    const seen = new Set<string>();
    for (const code of offer.oemCodes) {
      const key = normalizePartCode(code);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const entry = byKey.get(key) ?? { offers: 0, spellings: new Map<string, number>() };
      entry.offers += 1;
      entry.spellings.set(code, (entry.spellings.get(code) ?? 0) + 1);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .filter((entry) => entry.offers > 1)
    .map((entry) => [...entry.spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0])
    .sort();
}

/** Records an operator's verdict on two products (replacing any earlier one); returns whether they are now one part. */
async function decide(
  db: Db,
  productId: string,
  otherProductId: string,
  same: boolean,
  userId: string | null,
): Promise<{ grouped: boolean }> {
  const [firstProductId, secondProductId] = [productId, otherProductId].sort() as [string, string];
  await db
    .insertInto('partLinks')
    .values({ firstProductId, secondProductId, same, decidedBy: userId })
    .onConflict((oc) =>
      oc
        .columns(['firstProductId', 'secondProductId'])
        .doUpdateSet({ same, decidedBy: userId, decidedAt: sql`now()` }),
    )
    .execute();
  const graph = await partGraph(db, [productId], true);
  const group = groupParts(graph.nodes, graph.verdicts).find((ids) => ids.includes(productId)) ?? [];
  return { grouped: group.includes(otherProductId) };
}

/** An operator says two products of different suppliers are the same part. */
export const linkProducts = (db: Db, productId: string, otherProductId: string, userId: string | null) =>
  decide(db, productId, otherProductId, true, userId);

/**
 * An operator says two products are not the same part, even if they share an OEM code. They can still end up
 * in one part through a third product they both match (the result says so).
 */
export const unlinkProducts = (db: Db, productId: string, otherProductId: string, userId: string | null) =>
  decide(db, productId, otherProductId, false, userId);
