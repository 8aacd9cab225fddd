import type { Writable } from 'node:stream';

/**
 * How a column's values are written. `date` values are `YYYY-MM-DD` strings and `dateTime` values
 * `YYYY-MM-DD HH:MM:SS` strings, already in the time zone the reader should see.
 */
export type CellKind = 'text' | 'integer' | 'clp' | 'date' | 'dateTime';
export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  kind: CellKind;
}

/** Writes a table row by row to a stream, waiting whenever the stream is full. */
export interface TableWriter {
  /** Writes rows (cells in column order); resolves when the destination can take more. */
  write(rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Finishes the file and ends the stream; resolves once all of it was written. */
  finish(): Promise<void>;
}

/** Waits for `output` to drain when it asked for it: memory stays flat however slow the reader is. */
export function drained(output: Writable): Promise<void> {
  if (!output.writableNeedDrain || output.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      output.off('drain', done);
      output.off('close', done);
      resolve();
    };
    output.on('drain', done);
    output.on('close', done);
  });
}
