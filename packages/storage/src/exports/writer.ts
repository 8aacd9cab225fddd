import type { Writable } from 'node:stream';
import { createCsvWriter } from './csv';
import type { TableColumn, TableWriter } from './table-writer';
import { createXlsxWriter } from './xlsx';

export type TableFormat = 'csv' | 'xlsx';

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function createTableWriter(
  format: TableFormat,
  output: Writable,
  columns: readonly TableColumn[],
): TableWriter {
  return format === 'csv' ? createCsvWriter(output, columns) : createXlsxWriter(output, columns);
}
