import { rmSync } from 'node:fs';
import type { ImportRun, StartImportInput } from '@syncar/contracts';
import { createDb, type Db } from '@syncar/db';
import { startTestPlatform, type TestPlatform } from '../../tests/support/platform';
import { hasEnded, waitForRun } from '../../tests/support/runs';
import { createApiClient } from '../../tests/support/trpc-client';
import { onCleanup } from './cleanup';
import { nodeChildOf } from './process-usage';

export interface BenchStack {
  platform: TestPlatform;
  api: ReturnType<typeof createApiClient>;
  /** The bench's own connections to the fresh database. */
  db: Db;
  supplierId: string;
  /** The worker's Node process (not its tsx launcher). */
  workerPid: number;
}

/**
 * A fresh database and Redis prefix, the demo portal with `products` products, the API and ONE worker as real
 * processes, an Operator signed in through the API. Everything is undone by the bench's cleanup.
 */
export async function startBenchStack(options: {
  products: number;
  workerConcurrency: number;
  pageConcurrency: number;
}): Promise<BenchStack> {
  const platform = await startTestPlatform({
    workers: 1,
    sandbox: { products: options.products },
    logLevel: 'warn',
    workerEnv: {
      WORKER_CONCURRENCY: String(options.workerConcurrency),
      // A bench interrupted mid-run should not wait the default 20 s for the worker to hand its run back.
      SHUTDOWN_TIMEOUT_MS: '2000',
    },
  });
  onCleanup('platform (processes, database, Redis keys)', async () => {
    await platform.dispose();
    if (process.exitCode) console.error(`service logs kept in ${platform.logDir}`);
    else rmSync(platform.logDir, { recursive: true, force: true });
  });
  const db = createDb({ connectionString: platform.database.url, max: 2, applicationName: 'syncar-bench' });
  onCleanup('bench database pool', () => db.destroy());
  const supplierId = platform.supplierIds.demo!;
  await db
    .updateTable('supplierSettings')
    .set({ maxConcurrency: options.pageConcurrency })
    .where('supplierId', '=', supplierId)
    .execute();
  const api = createApiClient(platform.urls.api);
  onCleanup('API client', () => api.close());
  await api.login(platform.users.Operator.username, platform.users.Operator.password);
  // Access tokens last 10 minutes and a whole-catalog bench takes longer: refresh the session well before that,
  // as the web app does.
  const refresher = setInterval(() => {
    api.client.auth.refresh
      .mutate()
      .catch((error: unknown) => console.warn('session refresh failed:', error));
  }, 4 * 60_000);
  onCleanup('session refresh', () => clearInterval(refresher));
  const worker = platform.services.get('worker-1')!;
  return { platform, api, db, supplierId, workerPid: nodeChildOf(worker.child.pid!) };
}

/**
 * Starts a run through the API as the web app would and waits for it to end; it must succeed. `seconds` is
 * from the run's creation (the API call) to its end, by PostgreSQL's clock.
 */
export async function runThroughApi(
  stack: BenchStack,
  input: StartImportInput,
): Promise<{ run: ImportRun; seconds: number }> {
  const started = await stack.api.client.imports.start.mutate(input);
  const run = await waitForRun(stack.api.client, started.id, hasEnded, 6 * 3600_000);
  if (run.status !== 'succeeded') {
    throw new Error(`SYNCAR ${input.kind} run ${run.status}: ${run.reason ?? 'no reason given'}`);
  }
  return { run, seconds: (run.finishedAt!.getTime() - run.createdAt.getTime()) / 1000 };
}
