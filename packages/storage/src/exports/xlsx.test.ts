import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TableColumn } from './table-writer';
import { CLP_NUMBER_FORMAT, createXlsxWriter } from './xlsx';

const columns: TableColumn[] = [
  { header: 'Nombre', kind: 'text' },
  { header: 'Precio (CLP)', kind: 'clp' },
  { header: 'Stock', kind: 'integer' },
  { header: 'Disponible desde', kind: 'date' },
  { header: 'Actualizado', kind: 'dateTime' },
];

describe('XLSX writer', () => {
  it('writes a header row and typed cells: CLP as numbers with a currency format, dates as dates', async () => {
    const output = new PassThrough();
    const bytes = buffer(output);
    const writer = createXlsxWriter(output, columns);
    await writer.write([
      ['=Pastilla de freno', 12990, 4, '2026-12-01', '2026-11-27 14:05:00'],
      ['Filtro', null, null, null, '2026-11-27 00:00:00'],
    ]);
    await writer.finish();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Catálogo');
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('=Pastilla de freno');
    expect(row.getCell(2).value).toBe(12990);
    expect(row.getCell(2).numFmt).toBe(CLP_NUMBER_FORMAT);
    expect(row.getCell(3).value).toBe(4);
    expect(row.getCell(4).value).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(row.getCell(5).value).toEqual(new Date('2026-11-27T14:05:00Z'));
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.rowCount).toBe(3);
  });
});
