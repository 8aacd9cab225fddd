/**
 * `pnpm bench:sync`: products per second and peak RSS of a full products sync through the real platform (API,
 * one worker, demo portal, PostgreSQL, Redis), against the browser-per-page baseline on the same categories in
 * the same run. See README.md, "Benchmarks".
 */
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoSupplier } from '../scripts/demo';
import { findChromium } from '../scripts/env/chromium';
import { runBrowserPerPage } from './support/browser-per-page';
import {
  type BenchCategory,
  clearProducts,
  expectComplete,
  expectSameContent,
  fetchTruth,
  firstCategories,
  productCount,
  type StoredContent,
  storedCategories,
  storedContent,
} from './support/catalog';
import { cleanUp, cleanUpOnSignals, wasInterrupted } from './support/cleanup';
import { readOptions } from './support/options';
import { type ProcessUsage, sampleUsage } from './support/process-usage';
import {
  formatRatios,
  formatTable,
  type Measurement,
  ratios,
  type Summary,
  summarise,
  writeResults,
} from './support/report';
import { type BenchStack, runThroughApi, startBenchStack } from './support/stack';

const options = (() => {
  try {
    return readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
})();
const RESULTS_DIR = fileURLToPath(new URL('./results', import.meta.url));

/** Runs `work` while sampling `pid` and its process tree (without `exclude`'s subtrees). */
async function withUsage<T>(
  pid: number,
  exclude: readonly number[],
  work: () => Promise<T>,
): Promise<[T, ProcessUsage]> {
  const sampler = sampleUsage(pid, { exclude });
  try {
    const result = await work();
    return [result, sampler.stop()];
  } catch (error) {
    sampler.stop();
    throw error;
  }
}

/** Every measurement starts from no products and an empty image store: equal work for each. */
async function startEmpty(stack: BenchStack) {
  await clearProducts(stack.db, stack.supplierId);
  rmSync(stack.platform.storageDir, { recursive: true, force: true });
  mkdirSync(stack.platform.storageDir);
}

async function measureSyncar(
  stack: BenchStack,
  scope: Measurement['scope'],
  categories: readonly BenchCategory[],
  repetition: number,
) {
  await startEmpty(stack);
  const [{ seconds }, usage] = await withUsage(stack.workerPid, [], () =>
    runThroughApi(stack, {
      supplierId: stack.supplierId,
      kind: 'products',
      categoryIds: categories.map((category) => category.id),
    }),
  );
  const stored = await storedContent(stack.db, stack.supplierId, categories);
  expectComplete(`SYNCAR (${scope})`, stored, productCount(categories));
  const measurement: Measurement = {
    approach: 'SYNCAR',
    scope,
    repetition,
    products: stored.products.size,
    images: stored.images.size,
    seconds,
    productsPerSecond: stored.products.size / seconds,
    usage,
  };
  return { measurement, stored };
}

/** The baseline over the same categories, keeping images when SYNCAR's run (`reference`) kept them. */
async function measureBaseline(
  stack: BenchStack,
  categories: readonly BenchCategory[],
  reference: StoredContent,
  repetition: number,
) {
  await startEmpty(stack);
  const started = performance.now();
  const services = [...stack.platform.services.values()].map((service) => service.child.pid!);
  const [{ failedProducts, failedImages }, usage] = await withUsage(process.pid, services, () =>
    runBrowserPerPage({
      chromiumPath: findChromium(),
      portalUrl: stack.platform.urls.sandbox,
      credentials: demoSupplier(stack.platform.urls.sandbox).credentials,
      db: stack.db,
      supplierId: stack.supplierId,
      categories,
      tabs: options.pageConcurrency,
      images:
        reference.images.size > 0 ? { keep: true, storageDir: stack.platform.storageDir } : { keep: false },
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const stored = await storedContent(stack.db, stack.supplierId, categories);
  expectComplete(
    `browser per page (${failedProducts} unreadable products, ${failedImages} images)`,
    stored,
    productCount(categories),
  );
  expectSameContent(stored, reference);
  const measurement: Measurement = {
    approach: 'browser per page',
    scope: 'subset',
    repetition,
    products: stored.products.size,
    images: stored.images.size,
    seconds,
    productsPerSecond: stored.products.size / seconds,
    usage,
  };
  return measurement;
}

const describe = (m: Measurement) =>
  `${m.products} products (${m.images} images) in ${m.seconds.toFixed(1)} s (${m.productsPerSecond.toFixed(1)}/s), ` +
  `peak RSS node ${m.usage.nodeMb} MB, tree ${m.usage.treeMb} MB (${m.usage.treeProcesses} processes), ` +
  `CPU node ${m.usage.nodeCpuSeconds} s, tree ${m.usage.treeCpuSeconds} s`;

async function main() {
  console.log(
    `bench:sync: ${options.products} products, subset ~${options.subset}, ${options.repetitions} repetition(s), ` +
      `worker concurrency ${options.workerConcurrency}, ${options.pageConcurrency} pages at once`,
  );
  const stack = await startBenchStack(options);
  const { supplierId } = stack;
  await runThroughApi(stack, { supplierId, kind: 'categories' });
  const truth = await fetchTruth(stack.platform.urls.sandbox);
  const all = await storedCategories(stack.db, supplierId, truth);
  const subset = firstCategories(all, options.subset);
  const subsetLabel = `first ${subset.length} of ${all.length} categories`;
  console.log(`portal: ${truth.productCount} products in ${all.length} categories`);
  console.log(`subset: ${subsetLabel}, ${productCount(subset)} products`);

  const measurements: Measurement[] = [];
  const record = (label: string, measurement: Measurement) => {
    measurements.push(measurement);
    console.log(`  ${label}: ${describe(measurement)}`);
  };
  // The subset runs come first: a worker keeps the heap a whole-catalog run grew, which would inflate the
  // peak of a subset run after it.
  for (let repetition = 1; repetition <= options.repetitions; repetition++) {
    console.log(`subset, repetition ${repetition}/${options.repetitions}`);
    const syncar = await measureSyncar(stack, 'subset', subset, repetition);
    record('SYNCAR', syncar.measurement);
    record('browser per page', await measureBaseline(stack, subset, syncar.stored, repetition));
  }
  for (let repetition = 1; repetition <= options.repetitions; repetition++) {
    console.log(`whole catalog, repetition ${repetition}/${options.repetitions}`);
    record('SYNCAR', (await measureSyncar(stack, 'full', all, repetition)).measurement);
  }

  const syncarSubset = summarise(measurements, 'SYNCAR', 'subset')!;
  const baselineSubset = summarise(measurements, 'browser per page', 'subset')!;
  const syncarFull = summarise(measurements, 'SYNCAR', 'full')!;
  const summaries: Summary[] = [syncarSubset, baselineSubset, syncarFull];
  const ratio = ratios(syncarSubset, baselineSubset);
  console.log(
    `\n${options.repetitions > 1 ? `medians of ${options.repetitions} repetitions` : 'one repetition'}; ` +
      'SYNCAR = the worker process (node) and its descendants, Chromium included (tree); ' +
      'browser per page = this bench process and its Chromium\n',
  );
  console.log(formatTable(summaries, subsetLabel));
  console.log(`\n${formatRatios(ratio)}`);
  const path = writeResults(RESULTS_DIR, {
    options,
    portal: { products: truth.productCount, categories: all.length },
    subset: { categories: subset.map((category) => category.externalId), products: productCount(subset) },
    notes: {
      seconds:
        'SYNCAR: from imports.start to the run ending succeeded (PostgreSQL timestamps); baseline: from Chromium launch to the last page stored',
      nodePeak: 'VmHWM of the Node process, reset at the start of each measurement (clear_refs)',
      treePeak:
        'highest sum of VmRSS over the process and its descendants, sampled every 100 ms: an upper bound',
      cpu: 'user + system CPU time of the process (node) and of its tree during the measurement, from /proc/<pid>/stat',
    },
    measurements,
    summaries,
    ratios: ratio,
  });
  console.log(`\nresults: ${path}`);
}

cleanUpOnSignals();
try {
  await main();
} catch (error) {
  if (!wasInterrupted()) {
    process.exitCode = 1;
    console.error('\nbench:sync failed:', error);
  }
} finally {
  if (!wasInterrupted()) await cleanUp();
}
