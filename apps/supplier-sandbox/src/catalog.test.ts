import { describe, expect, it, vi } from 'vitest';
import { type Catalog, churnCounts, generateCatalog, MAX_PRICE, MIN_PRICE } from './catalog';

/** A fresh copy of the module, so a catalog is really generated again instead of coming from the memo cache. */
async function uncachedGenerate(options: Parameters<typeof generateCatalog>[0]): Promise<Catalog> {
  vi.resetModules();
  const fresh = await import('./catalog');
  return fresh.generateCatalog(options);
}

const skus = (catalog: Catalog) => new Set(catalog.products.map((product) => product.sku));

describe('generateCatalog', () => {
  it('is deterministic for a seed and size', async () => {
    const first = generateCatalog({ seed: 7, products: 300 });
    const again = await uncachedGenerate({ seed: 7, products: 300 });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('differs for another seed', () => {
    const a = generateCatalog({ seed: 1, products: 300 });
    const b = generateCatalog({ seed: 2, products: 300 });
    expect(b.products.map((p) => p.name)).not.toEqual(a.products.map((p) => p.name));
  });

  it('memoises per (seed, products, categories, day)', () => {
    expect(generateCatalog({ seed: 3, products: 80 })).toBe(
      generateCatalog({ seed: 3, products: 80, day: 0 }),
    );
    expect(generateCatalog({ seed: 3, products: 80, categories: 5 })).not.toBe(
      generateCatalog({ seed: 3, products: 80 }),
    );
  });

  it('has exactly the requested products and the default number of categories', () => {
    const big = generateCatalog({ seed: 42, products: 5000 });
    expect(big.products).toHaveLength(5000);
    expect(big.categories).toHaveLength(40);
    expect(skus(big).size).toBe(5000);
    expect(new Set(big.categories.map((category) => category.name)).size).toBe(40);
    expect(big.categories[0]).toEqual({ externalId: 'CAT-001', name: 'Pastillas de freno', kind: 'linea' });
    expect(big.categories.map((category) => category.name).join()).toMatch(/ñ/);
    expect(generateCatalog({ seed: 42, products: 50 }).categories).toHaveLength(3);
    expect(generateCatalog({ seed: 42, products: 1000 }).categories).toHaveLength(8);
  });

  it('puts every product in one category and gives every category some', () => {
    const catalog = generateCatalog({ seed: 5, products: 120, categories: 12 });
    const total = [...catalog.byCategory.values()].reduce((sum, products) => sum + products.length, 0);
    expect(total).toBe(120);
    for (const category of catalog.categories) {
      expect(catalog.byCategory.get(category.externalId)!.length).toBeGreaterThan(0);
    }
  });

  it('produces plausible products', () => {
    const { products } = generateCatalog({ seed: 42, products: 5000 });
    const implausible = products.filter(
      (product) =>
        !/^NV-\d{6}$/.test(product.sku) ||
        product.priceClp % 1000 !== 990 ||
        product.priceClp < MIN_PRICE ||
        product.priceClp > MAX_PRICE ||
        !Number.isInteger(product.stock) ||
        product.stock < 0 ||
        product.oemCodes.length < 1 ||
        product.oemCodes.length > 3 ||
        product.images.length > 3 ||
        product.images.some((image, i) => image !== `/img/${product.sku}-${i + 1}.jpg`) ||
        product.fitments.length > 5 ||
        product.fitments.some((fitment) => fitment.yearTo !== null && fitment.yearTo < fitment.yearFrom) ||
        product.specs.length === 0 ||
        !product.name.trim(),
    );
    expect(implausible).toEqual([]);
    expect(products.some((product) => product.stock === 0)).toBe(true);
    expect(products.some((product) => product.fitments.some((fitment) => fitment.yearTo === null))).toBe(
      true,
    );
    expect(products.some((product) => product.fitments.some((fitment) => fitment.secondary === null))).toBe(
      true,
    );
    expect(products.find((product) => product.fitments.length > 0)?.name).toMatch(
      /^[A-ZÁÉÍÓÚ][^\s]*( [^\s]+)+ (Toyota|Nissan|Chevrolet|Hyundai|Kia|Suzuki|Mitsubishi|Mazda|Ford|Peugeot) /,
    );
  });

  it('rejects impossible options', () => {
    expect(() => generateCatalog({ seed: 1, products: 0 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: 1, products: 10, categories: 500 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: 1, products: 10, day: -1 })).toThrow(RangeError);
    expect(() => generateCatalog({ seed: 1.5, products: 10 })).toThrow(RangeError);
  });

  it('generates a benchmark-sized catalog of 100k products with unique SKUs', async () => {
    const catalog = await uncachedGenerate({ seed: 99, products: 100_000 });
    expect(catalog.products).toHaveLength(100_000);
    expect(new Set(catalog.products.map((product) => product.sku)).size).toBe(100_000);
  });
});

describe('daily churn', () => {
  const size = 1000;
  const counts = churnCounts(size);

  function diff(before: Catalog, after: Catalog) {
    const removed = [...skus(before)].filter((sku) => !after.bySku.has(sku));
    const added = [...skus(after)].filter((sku) => !before.bySku.has(sku));
    let repriced = 0;
    let restocked = 0;
    for (const product of after.products) {
      const old = before.bySku.get(product.sku);
      if (!old || old === product) continue;
      const { priceClp, stock, ...rest } = product;
      const { priceClp: oldPrice, stock: oldStock, ...oldRest } = old;
      expect(rest).toEqual(oldRest);
      expect(priceClp !== oldPrice).not.toBe(stock !== oldStock); // exactly one of them changed
      if (priceClp !== oldPrice) repriced++;
      else restocked++;
    }
    return { removed, added, repriced, restocked };
  }

  it('changes a known number of products from one day to the next', () => {
    expect(counts).toEqual({ removed: 10, added: 10, repriced: 50, restocked: 50 });
    const day0 = generateCatalog({ seed: 42, products: size });
    const day1 = generateCatalog({ seed: 42, products: size, day: 1 });
    const day2 = generateCatalog({ seed: 42, products: size, day: 2 });
    for (const [before, after] of [
      [day0, day1],
      [day1, day2],
    ] as const) {
      const change = diff(before, after);
      expect(change.removed).toHaveLength(counts.removed);
      expect(change.added).toHaveLength(counts.added);
      expect(change.repriced).toBe(counts.repriced);
      expect(change.restocked).toBe(counts.restocked);
      expect(after.products).toHaveLength(size);
    }
  });

  it('gives new products new SKUs, after the existing ones', () => {
    const day0 = generateCatalog({ seed: 42, products: size });
    const day3 = generateCatalog({ seed: 42, products: size, day: 3 });
    const newest = Math.max(...day0.products.map((product) => Number(product.sku.slice(3))));
    const added = day3.products.filter((product) => !day0.bySku.has(product.sku));
    expect(added).toHaveLength(3 * counts.added);
    for (const product of added) expect(Number(product.sku.slice(3))).toBeGreaterThan(newest);
  });

  it('leaves day 0 untouched and reproduces every day', async () => {
    const day0 = generateCatalog({ seed: 42, products: size });
    const snapshot = structuredClone(day0.products);
    generateCatalog({ seed: 42, products: size, day: 4 });
    expect(day0.products).toEqual(snapshot);
    const day4 = generateCatalog({ seed: 42, products: size, day: 4 });
    expect(await uncachedGenerate({ seed: 42, products: size, day: 4 })).toEqual(day4);
  });
});
