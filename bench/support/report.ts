import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { ProcessUsage } from './process-usage';

export type Approach = 'SYNCAR' | 'browser per page';

export interface Measurement {
  approach: Approach;
  /** 'subset': the categories both approaches sync; 'full': the whole catalog (SYNCAR only). */
  scope: 'subset' | 'full';
  repetition: number;
  products: number;
  /** Product images downloaded and kept (with thumbnails). */
  images: number;
  seconds: number;
  productsPerSecond: number;
  usage: ProcessUsage;
}

export interface Summary {
  approach: Approach;
  scope: 'subset' | 'full';
  products: number;
  images: number;
  seconds: number;
  productsPerSecond: number;
  nodePeakMb: number;
  treePeakMb: number;
  /** CPU time of the whole tree per product, in milliseconds. */
  treeCpuMsPerProduct: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The median of each figure over the repetitions of one approach and scope. */
export function summarise(measurements: readonly Measurement[], approach: Approach, scope: Summary['scope']) {
  const runs = measurements.filter((m) => m.approach === approach && m.scope === scope);
  if (runs.length === 0) return undefined;
  return {
    approach,
    scope,
    products: runs[0]!.products,
    images: runs[0]!.images,
    seconds: round(median(runs.map((m) => m.seconds))),
    productsPerSecond: round(median(runs.map((m) => m.productsPerSecond))),
    nodePeakMb: round(median(runs.map((m) => m.usage.nodeMb)), 0),
    treePeakMb: round(median(runs.map((m) => m.usage.treeMb)), 0),
    treeCpuMsPerProduct: round(median(runs.map((m) => (m.usage.treeCpuSeconds * 1000) / m.products))),
  } satisfies Summary;
}

export interface Ratios {
  /** SYNCAR products/s over the baseline's, same categories. Higher is better. */
  throughput: number;
  /** SYNCAR's peak RSS over the baseline's. Lower is better. */
  nodeMemory: number;
  treeMemory: number;
  /** The baseline's CPU time per product over SYNCAR's. Higher is better. */
  cpuPerProduct: number;
}

export function ratios(syncar: Summary, baseline: Summary): Ratios {
  return {
    throughput: round(syncar.productsPerSecond / baseline.productsPerSecond, 2),
    nodeMemory: round(syncar.nodePeakMb / baseline.nodePeakMb, 2),
    treeMemory: round(syncar.treePeakMb / baseline.treePeakMb, 2),
    cpuPerProduct: round(baseline.treeCpuMsPerProduct / syncar.treeCpuMsPerProduct, 2),
  };
}

export function formatTable(rows: readonly Summary[], subsetLabel: string): string {
  const header = [
    'approach',
    'products',
    'images',
    'seconds',
    'products/s',
    'peak RSS node MB',
    'peak RSS tree MB (upper bound)',
    'tree CPU ms/product',
  ];
  const cells = rows.map((row) => [
    `${row.approach}, ${row.scope === 'subset' ? subsetLabel : 'whole catalog'}`,
    String(row.products),
    String(row.images),
    row.seconds.toFixed(1),
    row.productsPerSecond.toFixed(1),
    String(row.nodePeakMb),
    String(row.treePeakMb),
    row.treeCpuMsPerProduct.toFixed(1),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: string[]) =>
    values.map((value, column) =>
      column === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[column]!),
    );
  return [line(header), widths.map((width) => '-'.repeat(width)), ...cells.map(line)]
    .map((values) => values.join('  '))
    .join('\n');
}

export function formatRatios(value: Ratios): string {
  return [
    `throughput SYNCAR / browser per page (same categories): ${value.throughput}x`,
    `peak RSS SYNCAR / browser per page: node ${value.nodeMemory}x, tree ${value.treeMemory}x (below 1 = less memory)`,
    `CPU time per product, browser per page / SYNCAR: ${value.cpuPerProduct}x`,
  ].join('\n');
}

/** Writes bench/results/sync-<date>.json (bench/results is not committed); returns its path. */
export function writeResults(directory: string, results: Record<string, unknown>): string {
  mkdirSync(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/:/g, '-').replace(/\..*/, '');
  const path = join(directory, `sync-${stamp}.json`);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: round(totalmem() / 2 ** 30),
    node: process.version,
  };
  writeFileSync(
    path,
    `${JSON.stringify({ date: new Date().toISOString(), machine, ...results }, null, 2)}\n`,
  );
  return path;
}
