import type { Kind } from './queries';

export interface Latencies {
  /** What was measured: a query kind, or an extra such as a deep page. */
  label: string;
  ms: number[];
  /** Queries that returned at least one row. */
  withResults: number;
}

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** Share of queries with at least one result, in %. */
  found: number;
}

/** Nearest-rank percentiles. */
export function percentiles({ ms, withResults }: Latencies): Percentiles {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    n: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    found: Math.round((withResults / Math.max(1, sorted.length)) * 100),
  };
}

export interface Row {
  label: string;
  syncar: Percentiles;
  naive?: Percentiles;
  /** The kinds the budget applies to. */
  budgeted: boolean;
}

export const BUDGET_P95_MS = 30;

export function formatTable(rows: readonly Row[]): string {
  const header = [
    'query',
    'n',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'found',
    'naive n',
    'naive p50',
    'naive p95',
    'naive p99',
    'naive found',
    'p95 ×',
    'budget',
  ];
  const lines = rows.map((row) => [
    row.label,
    String(row.syncar.n),
    String(row.syncar.p50),
    String(row.syncar.p95),
    String(row.syncar.p99),
    `${row.syncar.found}%`,
    row.naive ? String(row.naive.n) : '',
    row.naive ? String(row.naive.p50) : '',
    row.naive ? String(row.naive.p95) : '',
    row.naive ? String(row.naive.p99) : '',
    row.naive ? `${row.naive.found}%` : '',
    row.naive ? `${Math.round(row.naive.p95 / row.syncar.p95)}` : '',
    row.budgeted ? (row.syncar.p95 <= BUDGET_P95_MS ? 'ok' : 'OVER') : '',
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

export const KIND_LABELS: Record<Kind, string> = {
  sku: 'SKU (exact, any punctuation)',
  oem: 'OEM code (any punctuation)',
  name: 'name (3 words, 1 typo, no accents)',
  vehicle: 'vehicle (make + model + year)',
};
