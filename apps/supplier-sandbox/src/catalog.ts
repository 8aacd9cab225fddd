import { mixSeed, mulberry32, pick, type Random, randomInt } from './random';
import {
  CATEGORY_DEFS,
  CURRENT_MODEL_YEAR,
  MAKES,
  ORIGINS,
  PART_GROUPS,
  type PartGroupName,
  type SpecDef,
  WARRANTIES,
} from './vocabulary';

export interface Category {
  externalId: string;
  name: string;
  kind: 'linea';
}

export interface Spec {
  name: string;
  value: string;
}

export interface Fitment {
  make: string;
  model: string;
  secondary: string | null;
  yearFrom: number;
  /** null = still current; a page shows it as "2015 - --". */
  yearTo: number | null;
}

export interface Product {
  sku: string;
  categoryExternalId: string;
  name: string;
  brand: string;
  priceClp: number;
  stock: number;
  oemCodes: string[];
  specs: Spec[];
  /** Site-relative paths such as '/img/NV-004211-1.jpg'. */
  images: string[];
  fitments: Fitment[];
}

/** One day's catalog. Memoised and shared: treat every part of it as read-only. */
export interface Catalog {
  seed: number;
  /** The configured number of products; churn keeps every day at exactly this many. */
  size: number;
  day: number;
  categories: readonly Category[];
  /** In SKU-number order, which is creation order: new products come last. */
  products: readonly Product[];
  bySku: ReadonlyMap<string, Product>;
  /** Every category's products in the same order; an empty array for an empty category. */
  byCategory: ReadonlyMap<string, readonly Product[]>;
  /** The number the next new SKU gets; later days continue from it, so a SKU is never reused. */
  nextSkuNumber: number;
}

export interface CatalogOptions {
  seed: number;
  products: number;
  categories?: number;
  day?: number;
}

export const MAX_CATEGORIES = CATEGORY_DEFS.length;
export const MAX_PRODUCTS = 1_000_000;
export const MAX_DAY = 3650;
export const MIN_PRICE = 1_990;
export const MAX_PRICE = 899_990;

export const defaultCategoryCount = (products: number): number =>
  Math.min(40, Math.max(3, Math.round(products / 125)));

const CATEGORY_IDS = CATEGORY_DEFS.map((_, index) => `CAT-${String(index + 1).padStart(3, '0')}`);
const skuOf = (n: number): string => `NV-${String(n).padStart(6, '0')}`;

const CACHE_LIMIT = 8;
const cache = new Map<string, Catalog>();

/**
 * The catalog for (seed, products, categories, day). Day 0 is the base catalog. Day d is day d-1 after one day
 * of churn drawn from a PRNG seeded with (seed, products, categories, d); see `advanceDay` for exactly what
 * changes. Results are memoised (least recently used first out).
 */
export function generateCatalog(options: CatalogOptions): Catalog {
  const { seed, products } = options;
  const categories = options.categories ?? defaultCategoryCount(products);
  const day = options.day ?? 0;
  checkInteger('seed', seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  checkInteger('products', products, 1, MAX_PRODUCTS);
  checkInteger('categories', categories, 1, MAX_CATEGORIES);
  checkInteger('day', day, 0, MAX_DAY);

  const key = `${seed}:${products}:${categories}:${day}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const catalog =
    day === 0
      ? buildBase(seed, products, categories)
      : advanceDay(generateCatalog({ seed, products, categories, day: day - 1 }), day);
  cache.set(key, catalog);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  return catalog;
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

function buildBase(seed: number, size: number, categoryCount: number): Catalog {
  const rand = mulberry32(mixSeed(seed, size, categoryCount));
  const categories: Category[] = CATEGORY_DEFS.slice(0, categoryCount).map((def, index) => ({
    externalId: CATEGORY_IDS[index]!,
    name: def.name,
    kind: 'linea',
  }));
  // Uneven category sizes, as in a real catalog; the first products give every category at least one.
  const weights = categories.map(() => 0.3 + rand());
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const products: Product[] = [];
  let skuNumber = randomInt(rand, 1000, 1999);
  for (let i = 0; i < size; i++) {
    const categoryIndex = i < categoryCount ? i : weightedIndex(weights, totalWeight, rand);
    products.push(makeProduct(rand, skuNumber, categoryIndex));
    skuNumber += randomInt(rand, 1, 3);
  }
  return assemble(seed, size, 0, categories, products, skuNumber);
}

function weightedIndex(weights: readonly number[], total: number, rand: Random): number {
  let target = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i]!;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

/** Churn shares per day; each count is rounded up, so even a tiny catalog changes every day. */
export const DAILY_CHURN = { removed: 0.01, added: 0.01, repriced: 0.05, restocked: 0.05 } as const;

export const churnCounts = (size: number) => ({
  removed: Math.ceil(size * DAILY_CHURN.removed),
  added: Math.ceil(size * DAILY_CHURN.added),
  repriced: Math.ceil(size * DAILY_CHURN.repriced),
  restocked: Math.ceil(size * DAILY_CHURN.restocked),
});

/**
 * One day of churn over the previous day's catalog: `churnCounts(size)` products are removed, as many new ones
 * (new SKUs, uniformly spread over the categories) are appended, and the same formula's `repriced` and
 * `restocked` products get a different price (±3-15%) or a different stock. The removed, repriced and
 * restocked sets are disjoint and drawn from the previous day's products, so compared with the previous day
 * exactly that many SKUs are gone, new, repriced (and nothing else) or restocked (and nothing else), and the
 * product count stays the same. (For a catalog smaller than the sum, the sets take what there is, in that order.)
 */
function advanceDay(previous: Catalog, day: number): Catalog {
  const rand = mulberry32(mixSeed(previous.seed, previous.size, previous.categories.length, day));
  const counts = churnCounts(previous.size);
  const chosen = sampleIndices(
    rand,
    previous.products.length,
    counts.removed + counts.repriced + counts.restocked,
  );
  const change = new Map<number, 'removed' | 'repriced' | 'restocked'>();
  chosen.forEach((index, order) => {
    const kind =
      order < counts.removed
        ? 'removed'
        : order < counts.removed + counts.repriced
          ? 'repriced'
          : 'restocked';
    change.set(index, kind);
  });

  const products: Product[] = [];
  previous.products.forEach((product, index) => {
    const kind = change.get(index);
    if (kind === 'repriced') products.push({ ...product, priceClp: changedPrice(rand, product.priceClp) });
    else if (kind === 'restocked') products.push({ ...product, stock: changedStock(rand, product.stock) });
    else if (kind !== 'removed') products.push(product);
  });
  let skuNumber = previous.nextSkuNumber;
  for (let i = 0; i < counts.added; i++) {
    products.push(makeProduct(rand, skuNumber, randomInt(rand, 0, previous.categories.length - 1)));
    skuNumber += randomInt(rand, 1, 3);
  }
  return assemble(previous.seed, previous.size, day, previous.categories, products, skuNumber);
}

/** `count` distinct indices below `length` (partial Fisher-Yates), in draw order. */
function sampleIndices(rand: Random, length: number, count: number): number[] {
  const pool = Array.from({ length }, (_, i) => i);
  const taken = Math.min(count, length);
  for (let i = 0; i < taken; i++) {
    const j = randomInt(rand, i, length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, taken);
}

function assemble(
  seed: number,
  size: number,
  day: number,
  categories: readonly Category[],
  products: readonly Product[],
  nextSkuNumber: number,
): Catalog {
  const bySku = new Map<string, Product>();
  const byCategory = new Map<string, Product[]>(categories.map((category) => [category.externalId, []]));
  for (const product of products) {
    bySku.set(product.sku, product);
    byCategory.get(product.categoryExternalId)!.push(product);
  }
  return { seed, size, day, categories, products, bySku, byCategory, nextSkuNumber };
}

/** Rounds to the nearest thousand minus 10 ($12.990 style) within the price range. */
const roundPrice = (amount: number): number =>
  Math.min(MAX_PRICE, Math.max(MIN_PRICE, Math.round(amount / 1000) * 1000 - 10));

function changedPrice(rand: Random, price: number): number {
  const factor = 1 + (rand() < 0.5 ? -1 : 1) * (0.03 + 0.12 * rand());
  const next = roundPrice(price * factor);
  if (next !== price) return next;
  return price >= MAX_PRICE ? price - 1000 : price + 1000;
}

const randomStock = (rand: Random): number => (rand() < 0.12 ? 0 : 1 + Math.floor(rand() ** 2 * 250));

function changedStock(rand: Random, stock: number): number {
  const next = randomStock(rand);
  return next === stock ? stock + 1 : next;
}

/**
 * Spec rows and fitments are shared between products (read-only, like the rest of a catalog): a catalog has
 * thousands of identical 'Origen: Brasil' rows and repeats vehicle applications, and sharing them keeps a 100k
 * catalog small and quick to build.
 */
const specRows = (def: SpecDef): Spec[] => def.values.map((value) => ({ name: def.name, value }));
const GROUP_SPEC_ROWS = Object.fromEntries(
  Object.entries(PART_GROUPS).map(([name, group]) => [name, group.specs.map(specRows)]),
) as Record<PartGroupName, Spec[][]>;
const ORIGIN_ROWS = specRows({ name: 'Origen', values: ORIGINS });
const WARRANTY_ROWS = specRows({ name: 'Garantía', values: WARRANTIES });

function makeFitment(rand: Random): Fitment {
  const { make, models } = pick(rand, MAKES);
  const { model, years, engines } = pick(rand, models);
  const [firstYear, lastYear] = years;
  const yearFrom = randomInt(rand, firstYear, lastYear ?? CURRENT_MODEL_YEAR);
  const end = Math.min(yearFrom + randomInt(rand, 1, 8), lastYear ?? CURRENT_MODEL_YEAR);
  const openEnded = lastYear === null && (end === CURRENT_MODEL_YEAR || rand() < 0.3);
  return {
    make,
    model,
    secondary: rand() < 0.8 ? pick(rand, engines) : null,
    yearFrom,
    yearTo: openEnded ? null : end,
  };
}

/** The vehicle applications products draw from: fixed (own seed), the same for every catalog. */
const fitmentRandom = mulberry32(0xf17e);
const FITMENT_POOL: readonly Fitment[] = repeat(4096, () => makeFitment(fitmentRandom));

function makeProduct(rand: Random, skuNumber: number, categoryIndex: number): Product {
  const def = CATEGORY_DEFS[categoryIndex]!;
  const sku = skuOf(skuNumber);
  const brand = pick(rand, PART_GROUPS[def.group].brands);
  const variant = def.variants.length > 0 ? pick(rand, def.variants) : '';
  const fitments =
    def.universal || rand() < 0.15 ? [] : repeat(randomInt(rand, 1, 5), () => pick(rand, FITMENT_POOL));
  const first = fitments[0];
  const target = first ? [first.make, first.model] : [brand];
  const [minPrice, maxPrice] = def.price;
  return {
    sku,
    categoryExternalId: CATEGORY_IDS[categoryIndex]!,
    name: words(def.item, variant, ...target),
    brand,
    priceClp: roundPrice(randomInt(rand, minPrice, maxPrice) * 1000),
    stock: randomStock(rand),
    oemCodes: repeat(randomInt(rand, 1, 3), () => oemCode(rand)),
    specs: makeSpecs(rand, def.group),
    images: repeat(randomInt(rand, 0, 3), (i) => ['/img/', sku, '-', i + 1, '.jpg'].join('')),
    fitments,
  };
}

/**
 * Long strings are built with join(), which stores them flat: concatenation or a template literal keeps a tree
 * of the pieces in memory, and at 100k products that costs tens of megabytes.
 */
const words = (...parts: string[]): string => parts.filter(Boolean).join(' ');

/** Arrays are created at their final size: one grown by push keeps spare capacity, which adds up at 100k. */
function repeat<T>(count: number, make: (index: number) => T): T[] {
  const items = new Array<T>(count);
  for (let i = 0; i < count; i++) items[i] = make(i);
  return items;
}

function makeSpecs(rand: Random, group: PartGroupName): Spec[] {
  const sources = GROUP_SPEC_ROWS[group].filter(() => rand() < 0.75);
  sources.push(ORIGIN_ROWS);
  if (rand() < 0.5) sources.push(WARRANTY_ROWS);
  return sources.map((rows) => pick(rand, rows));
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ';
const digits = (rand: Random, length: number): string =>
  String(randomInt(rand, 0, 10 ** length - 1)).padStart(length, '0');

function codeChars(rand: Random, length: number): string {
  let code = '';
  for (let i = 0; i < length; i++) code += pick(rand, CODE_CHARS);
  return code;
}

/** OEM part numbers in the shapes makers use: '04465-0K240', 'UH71-33-28Z', '96549788'. */
function oemCode(rand: Random): string {
  const shape = randomInt(rand, 0, 2);
  if (shape === 0) return `${digits(rand, 5)}-${codeChars(rand, 5)}`;
  if (shape === 1) return `${codeChars(rand, 4)}-${digits(rand, 2)}-${codeChars(rand, 3)}`;
  return digits(rand, 8);
}
