import { type ImportRun, isFinalRunStatus } from '@syncar/contracts';
import type { ApiClient } from './trpc-client';

export const hasEnded = (run: ImportRun) => isFinalRunStatus(run.status);

/** Polls `imports.get` until `until(run)` holds; fails after `timeoutMs` saying where the run stood. */
export async function waitForRun(
  client: ApiClient,
  runId: string,
  until: (run: ImportRun) => boolean,
  timeoutMs = 120_000,
): Promise<ImportRun> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await client.imports.get.query({ runId });
    if (until(run)) return run;
    if (Date.now() > deadline) throw new Error(`run ${runId} still ${run.status} at ${run.progressDone}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
