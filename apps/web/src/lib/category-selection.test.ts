import { describe, expect, it } from 'vitest';
import {
  filterByName,
  isSelectable,
  normalizeSearch,
  savedSelection,
  selectedIds,
  withCategories,
} from './category-selection';

const MISSING = new Date('2025-01-01T00:00:00Z');
const categories = [
  { id: 'a', name: 'Frenos y Embragues', selected: true, missingSince: null },
  { id: 'b', name: 'Suspensión', selected: false, missingSince: null },
  { id: 'c', name: 'Filtros', selected: true, missingSince: MISSING },
  { id: 'd', name: 'Suspensión Neumática', selected: true, missingSince: null },
];

describe('normalizeSearch / filterByName', () => {
  it('ignores case, accents and surrounding spaces', () => {
    expect(normalizeSearch('  SusPENSIÓN ')).toBe('suspension');
    expect(filterByName(categories, 'suspension').map((c) => c.id)).toEqual(['b', 'd']);
    expect(filterByName(categories, 'NEUMÁTICA').map((c) => c.id)).toEqual(['d']);
  });

  it('keeps every category for an empty query, and none for an unknown name', () => {
    expect(filterByName(categories, '  ')).toHaveLength(4);
    expect(filterByName(categories, 'xyz')).toEqual([]);
  });
});

describe('selection', () => {
  it('starts from the saved selection, without missing categories', () => {
    expect(isSelectable(categories[2]!)).toBe(false);
    expect([...savedSelection(categories)]).toEqual(['a', 'd']);
  });

  it('selects only selectable categories, and deselects any', () => {
    const all = withCategories(new Set(), categories, true);
    expect([...all]).toEqual(['a', 'b', 'd']);
    const fewer = withCategories(new Set(['a', 'b', 'c']), categories.slice(0, 3), false);
    expect([...fewer]).toEqual([]);
  });

  it('acts on the given categories only (the rows the search shows)', () => {
    const shown = filterByName(categories, 'suspens');
    const next = withCategories(new Set(['a']), shown, true);
    expect([...next].sort()).toEqual(['a', 'b', 'd']);
    expect([...withCategories(next, shown, false)]).toEqual(['a']);
  });

  it('imports the selected, selectable categories that still exist, in list order', () => {
    expect(selectedIds(new Set(['d', 'c', 'a', 'gone']), categories)).toEqual(['a', 'd']);
  });
});
