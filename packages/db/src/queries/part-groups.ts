import type { Availability } from '@syncar/contracts';

/** A product as the grouping sees it. */
export interface PartNode {
  id: string;
  oemKeys: readonly string[];
}

/** An operator's verdict on two products: the same part or not. */
export interface PartVerdict {
  firstProductId: string;
  secondProductId: string;
  same: boolean;
}

export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Splits products into parts. Two products are one part when they share an OEM key and no operator said they
 * differ, or when an operator said they are the same; a part is everything connected that way, so each product
 * belongs to exactly one part and "the best offer of a part" has one answer. Groups keep the input order.
 */
export function groupParts(nodes: readonly PartNode[], verdicts: readonly PartVerdict[]): string[][] {
  const parent = new Map(nodes.map((node) => [node.id, node.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let current = id; current !== root; ) {
      const next = parent.get(current)!;
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };

  const different = new Set(
    verdicts.filter((v) => !v.same).map((v) => pairKey(v.firstProductId, v.secondProductId)),
  );
  const disputed = new Set(
    verdicts.filter((v) => !v.same).flatMap((v) => [v.firstProductId, v.secondProductId]),
  );
  for (const verdict of verdicts) if (verdict.same) union(verdict.firstProductId, verdict.secondProductId);

  const byKey = new Map<string, string[]>();
  for (const node of nodes) {
    for (const key of node.oemKeys) byKey.set(key, [...(byKey.get(key) ?? []), node.id]);
  }
  for (const ids of byKey.values()) {
    if (!ids.some((id) => disputed.has(id))) {
      for (const id of ids.slice(1)) union(ids[0]!, id);
      continue;
    }
    // Rare: an operator split some of these apart, so only the undisputed pairs join.
    ids.forEach((a, i) => {
      for (const b of ids.slice(i + 1)) if (!different.has(pairKey(a, b))) union(a, b);
    });
  }

  const groups = new Map<string, string[]>();
  for (const node of nodes) {
    const root = find(node.id);
    groups.set(root, [...(groups.get(root) ?? []), node.id]);
  }
  return [...groups.values()];
}

interface Offer {
  productId: string;
  availability: Availability;
  priceClp: number | null;
  stock: number | null;
}

/** The best offer in stock: the lowest price among products in stock; on a tie, the one with more stock. */
export function bestOffer<T extends Offer>(offers: readonly T[]): T | null {
  let best: T | null = null;
  for (const offer of offers) {
    if (offer.availability !== 'in_stock' || offer.priceClp === null) continue;
    if (
      !best ||
      offer.priceClp < best.priceClp! ||
      (offer.priceClp === best.priceClp && (offer.stock ?? 0) > (best.stock ?? 0))
    )
      best = offer;
  }
  return best;
}

/**
 * Offers in the order a buyer reads them: the best first, then in stock before the rest, cheapest first, more
 * stock first, then by supplier and SKU so equal offers keep one order.
 */
export function sortOffers<T extends Offer & { supplier: { name: string }; sku: string }>(
  offers: readonly T[],
  bestId: string | null,
): T[] {
  const rank = (offer: T) => (offer.productId === bestId ? 0 : offer.availability === 'in_stock' ? 1 : 2);
  return [...offers].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.priceClp ?? Number.POSITIVE_INFINITY) - (b.priceClp ?? Number.POSITIVE_INFINITY) ||
      (b.stock ?? 0) - (a.stock ?? 0) ||
      a.supplier.name.localeCompare(b.supplier.name) ||
      a.sku.localeCompare(b.sku),
  );
}
