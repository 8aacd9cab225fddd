import type { CatalogFilters } from '@syncar/contracts';
import type pg from 'pg';

export const KINDS = ['sku', 'oem', 'name', 'vehicle'] as const;
export type Kind = (typeof KINDS)[number];

/** One search as a user would type it, and the naive query a first version would run for it. */
export interface BenchQuery {
  kind: Kind;
  /** What the user typed or picked, for the report. */
  label: string;
  filters: Partial<CatalogFilters>;
  naive: { text: string; values: unknown[] };
}

interface SampleRow {
  sku: string;
  name: string;
  oem_codes: string[];
  make: string | null;
  model: string | null;
  year_from: number | null;
  year_to: number | null;
}

/** A deterministic PRNG (mulberry32), so two runs ask the same questions. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stripAccents = (value: string) => value.normalize('NFD').replace(/\p{Mn}/gu, '');
const STOPWORDS = new Set(['de', 'del', 'la', 'el', 'a']);

/** The first page, sorted by name, with the window count: what one writes without designing for search. */
const NAIVE_TEXT = `
  SELECT p.id, p.sku, p.name, p.brand, p.price_clp, count(*) OVER () AS total
  FROM products AS p
  WHERE p.missing_since IS NULL
    AND (p.sku ILIKE $1 OR p.name ILIKE $1 OR p.brand ILIKE $1 OR array_to_string(p.oem_codes, ' ') ILIKE $1)
  ORDER BY p.name, p.id LIMIT 50`;
const NAIVE_VEHICLE = `
  SELECT p.id, p.sku, p.name, p.brand, p.price_clp, count(*) OVER () AS total
  FROM products AS p
  WHERE p.missing_since IS NULL
    AND EXISTS (SELECT 1 FROM product_fitments AS f WHERE f.product_id = p.id AND f.make ILIKE $1
                AND f.model ILIKE $2 AND (f.year_from IS NULL OR f.year_from <= $3)
                AND (f.year_to IS NULL OR f.year_to >= $3))
  ORDER BY p.name, p.id LIMIT 50`;

const text = (kind: Kind, q: string): BenchQuery => ({
  kind,
  label: q,
  filters: { q },
  naive: { text: NAIVE_TEXT, values: [`%${q}%`] },
});

/** Writes a part code the way another supplier or a hurried user would. */
function respell(code: string, variant: number): string {
  switch (variant % 4) {
    case 0:
      return code.toLowerCase();
    case 1:
      return code.replace(/-/g, ' ');
    case 2:
      return code.replace(/-/g, '.');
    default:
      return code.replace(/-/g, '');
  }
}

/** Two words of the part type and the model, without accents, one letter dropped from the longest word. */
function misspeltName(name: string, model: string | null): string {
  const words = stripAccents(name)
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !STOPWORDS.has(word));
  const picked = [...words.slice(0, 2), stripAccents(model ?? words.at(-1)!).toLowerCase()];
  const longest = picked.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length >= 6) {
    const at = Math.floor(longest.length / 2);
    picked[picked.indexOf(longest)] = longest.slice(0, at) + longest.slice(at + 1);
  }
  return picked.join(' ');
}

function yearIn(from: number | null, to: number | null): number {
  if (from !== null && to !== null) return Math.floor((from + to) / 2);
  if (from !== null) return from + 3;
  if (to !== null) return to - 3;
  return 2012;
}

/** `perKind` queries of each kind, built from products sampled from the seeded catalog. */
export async function buildQueries(
  client: pg.Client,
  perKind: number,
  products: number,
): Promise<BenchQuery[]> {
  const percent = Math.min(100, ((perKind * 4) / products) * 100);
  const { rows } = await client.query<SampleRow>(
    `SELECT p.sku, p.name, p.oem_codes, f.make, f.model, f.year_from, f.year_to
     FROM products AS p TABLESAMPLE BERNOULLI (${percent}) REPEATABLE (42)
     LEFT JOIN LATERAL (SELECT make, model, year_from, year_to FROM product_fitments
                        WHERE product_id = p.id ORDER BY position LIMIT 1) AS f ON true
     LIMIT ${perKind * 2}`,
  );
  const next = random(42);
  const pick = () => rows[Math.floor(next() * rows.length)]!;
  const queries: BenchQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    queries.push(text('sku', respell(pick().sku, i)));
    const codes = pick().oem_codes;
    queries.push(text('oem', respell(codes[i % codes.length]!, i)));
    const named = pick();
    queries.push(text('name', misspeltName(named.name, named.model)));
    let fitted = pick();
    while (!fitted.make) fitted = pick();
    const year = yearIn(fitted.year_from, fitted.year_to);
    queries.push({
      kind: 'vehicle',
      label: `${fitted.make} ${fitted.model} ${year}`,
      filters: { make: fitted.make.toLowerCase(), model: fitted.model, year },
      naive: { text: NAIVE_VEHICLE, values: [fitted.make, fitted.model, year] },
    });
  }
  return queries;
}
