import { parseArgs } from 'node:util';
import { z } from 'zod';

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const optionsSchema = z.object({
  /** Size of the demo portal's catalog, all of it synced by SYNCAR. */
  products: count(1, 1_000_000).default(10_000),
  /** About this many products (whole categories, in portal order) are synced by both approaches. */
  subset: count(1, 1_000_000).default(1_000),
  repetitions: count(1, 20).default(1),
  /** WORKER_CONCURRENCY of the one worker process. */
  workerConcurrency: count(1, 64).default(2),
  /** Pages read at once by both: the baseline's reused tabs and SYNCAR's supplier max_concurrency (default 4). */
  pageConcurrency: count(1, 16).default(4),
});
export type BenchOptions = z.infer<typeof optionsSchema>;

const FLAGS = {
  products: 'BENCH_PRODUCTS',
  subset: 'BENCH_SUBSET',
  repetitions: 'BENCH_REPETITIONS',
  'worker-concurrency': 'BENCH_WORKER_CONCURRENCY',
  'page-concurrency': 'BENCH_PAGE_CONCURRENCY',
} as const;

export const USAGE = `pnpm bench:sync [--products N] [--subset N] [--repetitions N] [--worker-concurrency N] [--page-concurrency N]
  (or the environment: ${Object.values(FLAGS).join(', ')}; flags win)`;

/** Flags, else BENCH_* environment variables, else the defaults. */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    // `pnpm bench:sync -- --products 1000` passes the `--` on.
    args: argv.filter((arg) => arg !== '--'),
    options: Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' }])),
    strict: true,
  });
  const pick = (flag: keyof typeof FLAGS) => values[flag] ?? env[FLAGS[flag]];
  const parsed = optionsSchema.safeParse({
    products: pick('products'),
    subset: pick('subset'),
    repetitions: pick('repetitions'),
    workerConcurrency: pick('worker-concurrency'),
    pageConcurrency: pick('page-concurrency'),
  });
  if (!parsed.success) throw new Error(`${z.prettifyError(parsed.error)}\n${USAGE}`);
  return parsed.data;
}
