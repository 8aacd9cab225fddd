import { describe, expect, it } from 'vitest';
import { bestOffer, groupParts } from './part-groups';

describe('groupParts', () => {
  const node = (id: string, ...oemKeys: string[]) => ({ id, oemKeys });

  it('joins products sharing a key, and whatever shares a key with them', () => {
    const nodes = [node('a', 'K1'), node('b', 'K1', 'K2'), node('c', 'K2'), node('d', 'K3'), node('e')];
    expect(groupParts(nodes, [])).toEqual([['a', 'b', 'c'], ['d'], ['e']]);
  });

  it('follows verdicts: "same" joins without a key, "not the same" drops one shared-key pair', () => {
    const nodes = [node('a', 'K1'), node('b', 'K1'), node('c', 'K1'), node('d')];
    const verdicts = [
      { firstProductId: 'a', secondProductId: 'd', same: true },
      { firstProductId: 'a', secondProductId: 'b', same: false },
      { firstProductId: 'b', secondProductId: 'c', same: false },
    ];
    expect(groupParts(nodes, verdicts)).toEqual([['a', 'c', 'd'], ['b']]);
  });
});

describe('bestOffer', () => {
  const offer = (productId: string, priceClp: number | null, stock: number | null, inStock = true) => ({
    productId,
    priceClp,
    stock,
    availability: inStock ? ('in_stock' as const) : ('out_of_stock' as const),
  });

  it('is the cheapest in stock; on a tie, the one with more stock; none when nothing is in stock', () => {
    expect(
      bestOffer([offer('cheap-out', 100, 0, false), offer('a', 200, 1), offer('b', 200, 7)])?.productId,
    ).toBe('b');
    expect(bestOffer([offer('no-price', null, 9), offer('a', 300, null)])?.productId).toBe('a');
    expect(bestOffer([offer('x', 100, 0, false)])).toBeNull();
  });
});
