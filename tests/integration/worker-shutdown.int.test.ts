import { createDb, type Db, listRunEvents } from '@syncar/db';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  platform = await startTestPlatform({
    workers: 2,
    sandbox: { slowMs: 1_500 },
    // Give a stopping worker very little time, so its run is handed back rather than finished.
    workerEnv: { SHUTDOWN_TIMEOUT_MS: '300', WORKER_CONCURRENCY: '1' },
  });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  api = createApiClient(platform.urls.api);
  await api.login(platform.users.Operator.username, platform.users.Operator.password);
}, 120_000);

afterAll(async () => {
  api?.close();
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function waitForEvent(
  runId: string,
  match: (messages: string[]) => string | undefined,
  timeoutMs = 60_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await listRunEvents(db, runId)).map((e) =>
      e.data.type === 'log' ? e.data.message : e.data.type === 'status' ? `status:${e.data.status}` : '',
    );
    const found = match(messages);
    if (found) return { found, messages };
    if (Date.now() > deadline) throw new Error(`not found in: ${messages.join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

it('a worker stopped with SIGTERM mid-run hands the run back, and the other worker finishes it', async () => {
  const run = await api.client.imports.start.mutate({
    supplierId: platform.supplierIds.demo!,
    kind: 'categories',
  });
  const { found } = await waitForEvent(run.id, (messages) =>
    messages.find((m) => / started attempt 1 /.test(m)),
  );
  const first = found.split(' ')[0]!;
  const other = first === 'worker-1' ? 'worker-2' : 'worker-1';

  const stopping = platform.services.get(first)!;
  await stopping.stop(30_000);
  expect(stopping.child.exitCode).toBe(0);

  const { messages } = await waitForEvent(run.id, (m) =>
    m.find((x) => x === 'status:succeeded' || x === 'status:failed'),
  );
  expect(messages).toContain('status:queued');
  expect(messages.filter((m) => m.startsWith(other) && m.includes('started attempt'))).toHaveLength(1);
  expect(messages.at(-1)).toBe('status:succeeded');
  const final = await api.client.imports.get.query({ runId: run.id });
  expect(final.status).toBe('succeeded');
  const handedBack = (await listRunEvents(db, run.id)).find(
    (e) => e.data.type === 'status' && e.data.status === 'queued' && e.data.reason !== null,
  );
  expect(handedBack?.data).toMatchObject({ reason: 'worker stopped; the run was handed back to the queue' });
});
