/** A source of floats in [0, 1). */
export type Random = () => number;

/** mulberry32: a tiny seeded PRNG. The same seed always yields the same sequence. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes integers into one 32-bit seed, so nearby inputs (seed 1 vs 2, day 3 vs 4) give unrelated streams. */
export function mixSeed(...values: number[]): number {
  let hash = 0x9e3779b9;
  for (const value of values) {
    for (const word of [value | 0, Math.floor(value / 4294967296) | 0]) {
      hash = Math.imul(hash ^ word, 0x85ebca6b);
      hash ^= hash >>> 13;
      hash = Math.imul(hash, 0xc2b2ae35);
      hash ^= hash >>> 16;
    }
  }
  return hash >>> 0;
}

/** An integer in [min, max], both inclusive. */
export const randomInt = (rand: Random, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1));

export const pick = <T>(rand: Random, items: ArrayLike<T>): T => items[Math.floor(rand() * items.length)]!;
