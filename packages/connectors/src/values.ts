/** Parsers for the values supplier portals print: Chilean peso amounts, counts, vehicle year ranges. */

const SEPARATORS = /[.\s\u00a0]/g;

/**
 * A Chilean peso amount as portals print it: '$12.990' -> 12990 (dots group thousands, there are no cents).
 * null when the text is empty; NaN when it is not an amount, so the caller can report it.
 */
export function parseClp(text: string | null | undefined): number | null {
  const digits = (text ?? '').replace(/\$|CLP/gi, '').replace(SEPARATORS, '');
  if (digits === '') return null;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

/** A whole number such as a stock or a product count ('1.234' -> 1234); null when empty, NaN when unreadable. */
export function parseCount(text: string | null | undefined): number | null {
  const digits = (text ?? '').replace(SEPARATORS, '');
  if (digits === '') return null;
  return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
}

export interface YearRange {
  yearFrom: number | null;
  /** null: open end, the application is still current. */
  yearTo: number | null;
}

const RANGE = /^(\d{4}|--)?\s*[-–]\s*(\d{4}|--)?$/;
const year = (part: string | undefined): number | null =>
  part === undefined || part === '--' ? null : Number(part);

/**
 * A fitment's years: '2015 - 2020', '2015 - --' (open end), a single '2015', or '' (unknown).
 * undefined when the text is none of those, or the range runs backwards.
 */
export function parseYearRange(text: string | null | undefined): YearRange | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { yearFrom: null, yearTo: null };
  if (/^\d{4}$/.test(trimmed)) return { yearFrom: Number(trimmed), yearTo: Number(trimmed) };
  const match = RANGE.exec(trimmed);
  if (!match) return undefined;
  const range = { yearFrom: year(match[1]), yearTo: year(match[2]) };
  if (range.yearFrom !== null && range.yearTo !== null && range.yearTo < range.yearFrom) return undefined;
  return range;
}
