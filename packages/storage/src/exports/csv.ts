import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { type CellValue, drained, type TableColumn, type TableWriter } from './table-writer';

/**
 * `;` separates fields: Excel opens a .csv with the list separator of the user's regional settings, and in
 * es-CL (like every locale whose decimal separator is the comma) that is `;`. With `,` a Chilean Excel puts
 * each whole line in column A. The BOM makes Excel read the file as UTF-8, so "Categoría" keeps its accent.
 */
export const CSV_DELIMITER = ';';
const BOM = '\uFEFF';
/** Rows are gathered into chunks of about this many characters before they are written. */
const CHUNK_CHARS = 64 * 1024;

/** Fields holding these are quoted. */
const NEEDS_QUOTES = new RegExp(`["\r\n${CSV_DELIMITER}]`);
/** Text that spreadsheet programs would run as a formula: neutralised with a leading apostrophe (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, RFC 4180: quoted when it holds the delimiter, a quote or a line break (quotes doubled). */
export function csvField(value: CellValue, kind: TableColumn['kind'] | 'header'): string {
  if (value === null) return '';
  let text = String(value);
  if (kind === 'text' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (cells: readonly CellValue[], kinds: ReadonlyArray<TableColumn['kind'] | 'header'>) =>
  `${cells.map((cell, index) => csvField(cell, kinds[index]!)).join(CSV_DELIMITER)}\r\n`;

/** RFC 4180 CSV (CRLF line ends, header row), UTF-8 with a BOM. Amounts are plain integers: 12990. */
export function createCsvWriter(output: Writable, columns: readonly TableColumn[]): TableWriter {
  const kinds = columns.map((column) => column.kind);
  let pending =
    BOM +
    csvLine(
      columns.map((column) => column.header),
      columns.map(() => 'header'),
    );
  const flush = async () => {
    if (!pending) return;
    output.write(pending);
    pending = '';
    await drained(output);
  };
  return {
    async write(rows) {
      for (const row of rows) {
        pending += csvLine(row, kinds);
        if (pending.length >= CHUNK_CHARS) await flush();
      }
    },
    async finish() {
      await flush();
      output.end();
      await finished(output);
    },
  };
}
