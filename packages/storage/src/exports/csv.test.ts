import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { createCsvWriter, csvField } from './csv';
import type { TableColumn } from './table-writer';

const columns: TableColumn[] = [
  { header: 'Categoría', kind: 'text' },
  { header: 'Precio (CLP)', kind: 'clp' },
  { header: 'Actualizado', kind: 'dateTime' },
];

async function csvOf(rows: Array<Array<string | number | null>>): Promise<string> {
  const output = new PassThrough();
  const content = buffer(output);
  const writer = createCsvWriter(output, columns);
  await writer.write(rows);
  await writer.finish();
  return (await content).toString('utf8');
}

describe('CSV writer', () => {
  it('starts with a BOM and a header row, separates with ; and ends lines with CRLF', async () => {
    const csv = await csvOf([['Frenos', 12990, '2026-11-27 14:05:00']]);
    expect(csv).toBe('\uFEFFCategoría;Precio (CLP);Actualizado\r\nFrenos;12990;2026-11-27 14:05:00\r\n');
  });

  it('quotes fields holding the separator, quotes or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Filtro; aceite', 'text')).toBe('"Filtro; aceite"');
    expect(csvField('Disco 10" ventilado', 'text')).toBe('"Disco 10"" ventilado"');
    expect(csvField('línea 1\nlínea 2', 'text')).toBe('"línea 1\nlínea 2"');
    expect(csvField('a,b', 'text')).toBe('a,b');
    expect(csvField(null, 'clp')).toBe('');
  });

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")', 'text')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)', 'text')).toBe("'@SUM(A1)");
    expect(csvField(-5, 'integer')).toBe('-5');
  });

  it('writes many rows in order', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => [`p${i}`, i, null]);
    const lines = (await csvOf(rows)).split('\r\n');
    expect(lines).toHaveLength(5_002);
    expect(lines[4_999 + 1]).toBe('p4999;4999;');
  });
});
