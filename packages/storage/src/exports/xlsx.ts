import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CellKind, type CellValue, drained, type TableColumn, type TableWriter } from './table-writer';

/** Chilean pesos: a number shown as `$ 12.990` (locale 340A is es-CL, so Excel knows it is CLP). */
export const CLP_NUMBER_FORMAT = '[$$-340A] #,##0';
const NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  clp: CLP_NUMBER_FORMAT,
  integer: '#,##0',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};
const WIDTHS: Record<CellKind, number> = { text: 30, integer: 10, clp: 14, date: 12, dateTime: 17 };

/**
 * A wall-clock `YYYY-MM-DD[ HH:MM[:SS]]` as the Date Excel stores for it. Excel has no time zones: exceljs
 * writes a Date's UTC fields, so the wall clock goes in as UTC.
 */
function wallClock(value: string): Date {
  const [date = '', time = '00:00:00'] = value.split(' ');
  return new Date(`${date}T${time}Z`);
}

function cell(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if ((kind === 'date' || kind === 'dateTime') && typeof value === 'string') return wallClock(value);
  return value;
}

/**
 * XLSX through exceljs's streaming writer: each row is committed (turned into XML and compressed) as it
 * arrives, so the workbook is never whole in memory. Header row bold and frozen, with a filter; amounts are
 * numbers with the CLP currency format, dates are dates.
 */
export function createXlsxWriter(
  output: Writable,
  columns: readonly TableColumn[],
  sheetName = 'Catálogo',
): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'SYNCAR';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.max(WIDTHS[column.kind], Math.min(column.header.length + 2, 40)),
    style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  const kinds = columns.map((column) => column.kind);
  return {
    async write(rows) {
      for (const values of rows) {
        sheet.addRow(values.map((value, index) => cell(value, kinds[index]!))).commit();
      }
      // Let the zip stream take what was committed before more rows come in.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await drained(output);
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
