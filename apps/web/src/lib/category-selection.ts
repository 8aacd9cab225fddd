import type { Category } from '@syncar/contracts';

type SelectableFields = Pick<Category, 'id' | 'missingSince'>;

/** A category the portal no longer lists cannot be imported. */
export const isSelectable = (category: Pick<Category, 'missingSince'>) => category.missingSince === null;

/** Lower case, without accents or surrounding spaces: "Suspensión" and "suspension" match. */
export const normalizeSearch = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** The categories whose name contains `query` (ignoring case and accents); all of them for an empty query. */
export function filterByName<T extends Pick<Category, 'name'>>(categories: readonly T[], query: string): T[] {
  const needle = normalizeSearch(query);
  if (!needle) return [...categories];
  return categories.filter((category) => normalizeSearch(category.name).includes(needle));
}

/** The supplier's saved selection, as the API reports it (`selected`), without categories now missing. */
export function savedSelection(categories: readonly (SelectableFields & Pick<Category, 'selected'>)[]) {
  return new Set(categories.filter((c) => c.selected && isSelectable(c)).map((c) => c.id));
}

/** `selection` with the selectable ones of `categories` added (`on`) or taken out. */
export function withCategories(
  selection: ReadonlySet<string>,
  categories: readonly SelectableFields[],
  on: boolean,
): Set<string> {
  const next = new Set(selection);
  for (const category of categories) {
    if (on && isSelectable(category)) next.add(category.id);
    else if (!on) next.delete(category.id);
  }
  return next;
}

/** The ids to import: the selected categories that still exist and are selectable, in list order. */
export function selectedIds(
  selection: ReadonlySet<string>,
  categories: readonly SelectableFields[],
): string[] {
  return categories.filter((c) => selection.has(c.id) && isSelectable(c)).map((c) => c.id);
}
