import type { RunEvent } from '@syncar/contracts';
import { createDb, type Db, listCategories, listRunEvents } from '@syncar/db';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { waitForRun as waitUntil } from '../support/runs';
import { type ApiClient, createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let api: ReturnType<typeof createApiClient>;
let demoId: string;

beforeAll(async () => {
  platform = await startTestPlatform({
    workers: 2,
    // Each portal page takes a while, so tests can act while a run is in progress.
    sandbox: { slowMs: 400 },
    extraSuppliers: [{ slug: 'wrong-password', name: 'Clave equivocada', password: 'not-the-password' }],
  });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  api = createApiClient(platform.urls.api);
  await api.login(platform.users.Operator.username, platform.users.Operator.password);
  demoId = platform.supplierIds.demo!;
}, 120_000);

afterAll(async () => {
  api?.close();
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

interface Truth {
  categories: Array<{ externalId: string; name: string; url: string; kind: string }>;
}

async function truth(): Promise<Truth> {
  return (await fetch(`${platform.urls.sandbox}/__truth`)).json() as Promise<Truth>;
}

/** Collects a run's events through the subscription until `stopWhen` says so or the run ends. */
function collectEvents(
  client: ApiClient,
  runId: string,
  options: { lastEventId?: string; stopWhen?: (events: RunEvent[]) => boolean } = {},
): Promise<{ events: RunEvent[]; ids: string[] }> {
  return new Promise((resolve, reject) => {
    const events: RunEvent[] = [];
    const ids: string[] = [];
    const timeout = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error(`no end of run after ${events.length} events`));
    }, 45_000);
    const finish = () => {
      clearTimeout(timeout);
      sub.unsubscribe();
      resolve({ events, ids });
    };
    const sub = client.imports.events.subscribe(
      { runId, lastEventId: options.lastEventId ?? null },
      {
        onData(item) {
          ids.push(item.id);
          events.push(item.data);
          if (options.stopWhen?.(events)) finish();
        },
        onComplete: finish,
        onError(error) {
          clearTimeout(timeout);
          reject(error);
        },
      },
    );
  });
}

const statuses = (events: RunEvent[]) =>
  events.flatMap((e) => (e.data.type === 'status' ? [e.data.status] : []));

const waitForRun = (runId: string, until: (status: string) => boolean, timeoutMs = 45_000) =>
  waitUntil(api.client, runId, (run) => until(run.status), timeoutMs);

describe('categories sync, end to end through API, worker, Chromium and the demo portal', () => {
  it('reports the API healthy and ready (PostgreSQL and Redis reachable)', async () => {
    expect(await (await fetch(`${platform.urls.api}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${platform.urls.api}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', postgres: 'ok', redis: 'ok' });
  });

  it('streams progress to 100 % and stores exactly the portal categories; a second run changes nothing', async () => {
    const run = await api.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
    expect(run.status).toBe('queued');
    const { events } = await collectEvents(api.client, run.id);

    expect(statuses(events)).toEqual(['queued', 'running', 'succeeded']);
    const progress = events.flatMap((e) => (e.data.type === 'progress' ? [e.data] : []));
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));

    const expected = (await truth()).categories.map(({ externalId, name, url, kind }) => ({
      externalId,
      name,
      url,
      kind,
    }));
    expect(expected.length).toBeGreaterThan(0);
    const stored = await listCategories(db, demoId);
    expect(stored.map(({ externalId, name, url, kind }) => ({ externalId, name, url, kind }))).toEqual(
      expected,
    );
    expect(stored.every((c) => c.missingSince === null)).toBe(true);
    // The counts the portal shows on its categories page.
    const counts = (await truth()).categories as unknown as Array<{
      externalId: string;
      productCount: number;
    }>;
    expect(stored.map((c) => c.productCount)).toEqual(counts.map((c) => c.productCount));

    const second = await api.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
    const { events: secondEvents } = await collectEvents(api.client, second.id);
    expect(statuses(secondEvents).at(-1)).toBe('succeeded');
    const summary = secondEvents.find((e) => e.data.type === 'log' && e.data.message.includes('unchanged'));
    expect(summary?.data).toMatchObject({
      message: `${expected.length} categories: 0 new, 0 updated, ${expected.length} unchanged, 0 missing`,
    });
    expect(await listCategories(db, demoId)).toEqual(stored);

    const { items } = await api.client.imports.list.query({ supplierId: demoId, limit: 10 });
    expect(items.map((r) => r.id)).toEqual([second.id, run.id]);
    expect(items.every((r) => r.status === 'succeeded' && r.finishedAt !== null)).toBe(true);
  });

  it('resumes a dropped subscription from lastEventId without losing or repeating an event (SSE and WebSocket)', async () => {
    for (const transport of ['sse', 'ws'] as const) {
      const client = createApiClient(platform.urls.api, transport);
      await client.login(platform.users.Operator.username, platform.users.Operator.password);
      try {
        const run = await client.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
        const first = await collectEvents(client.client, run.id, {
          stopWhen: (events) => events.length >= 3,
        });
        expect(first.events).toHaveLength(3);
        const rest = await collectEvents(client.client, run.id, { lastEventId: first.ids.at(-1)! });
        const seen = [...first.events, ...rest.events].map((e) => e.seq);
        const stored = (await listRunEvents(db, run.id)).map((e) => e.seq);
        expect(seen).toEqual(stored);
        expect(new Set(seen).size).toBe(seen.length);
        expect(statuses(rest.events).at(-1)).toBe('succeeded');
      } finally {
        client.close();
      }
    }
  });

  it('answers bad input with a 4xx and a message the UI can show', async () => {
    const unknown = await api.client.imports.start
      .mutate({ supplierId: '00000000-0000-4000-8000-000000000000', kind: 'categories' })
      .catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(TRPCClientError);
    expect((unknown as TRPCClientError<never>).data).toMatchObject({ httpStatus: 404 });
    expect((unknown as Error).message).toBe('El proveedor no existe');

    const malformed = await fetch(`${platform.urls.api}/trpc/imports.start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: api.jar.header() },
      body: JSON.stringify({ json: { supplierId: 'not-a-uuid', kind: 'categories' } }),
    });
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { error: { json: { message: string; data: object } } };
    expect(body.error.json.message).toContain('supplierId: El proveedor no es válido');
    expect(body.error.json.data).not.toHaveProperty('stack');
  });

  it('fails a run with a wrong portal password fast, with "login failed" in its events', async () => {
    const supplierId = platform.supplierIds['wrong-password']!;
    const run = await api.client.imports.start.mutate({ supplierId, kind: 'categories' });
    const { events } = await collectEvents(api.client, run.id);
    expect(statuses(events)).toEqual(['queued', 'running', 'failed']);
    const final = await api.client.imports.get.query({ runId: run.id });
    expect(final.reason).toMatch(/^login failed: the portal rejected the credentials/);
    expect(events.some((e) => e.data.type === 'log' && e.data.message.startsWith('login failed'))).toBe(true);
    expect(await listCategories(db, supplierId)).toEqual([]);
  });

  it('refuses a second run of the same kind while one is active', async () => {
    const run = await api.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
    const again = await api.client.imports.start
      .mutate({ supplierId: demoId, kind: 'categories' })
      .catch((error: unknown) => error as TRPCClientError<never>);
    expect(again).toBeInstanceOf(TRPCClientError);
    expect((again as TRPCClientError<never>).data).toMatchObject({ httpStatus: 409 });
    await waitForRun(run.id, (status) => status === 'succeeded');
  });

  it('cancels a running sync within 5 s on whichever worker runs it, keeping what was stored', async () => {
    const before = await listCategories(db, demoId);
    const run = await api.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
    await waitForRun(run.id, (status) => status === 'running', 10_000);
    const asked = Date.now();
    await api.client.imports.cancel.mutate({ runId: run.id });
    const final = await waitForRun(run.id, (status) => status !== 'running' && status !== 'queued', 10_000);
    expect(final.status).toBe('cancelled');
    expect(Date.now() - asked).toBeLessThan(5_000);
    expect(final.reason).toBe('cancelled on request; what was already stored is kept');
    expect(await listCategories(db, demoId)).toEqual(before);
    const again = await api.client.imports.cancel.mutate({ runId: run.id }).catch((error: unknown) => error);
    expect((again as TRPCClientError<never>).data).toMatchObject({ httpStatus: 409 });
  });

  it('keeps a run going when a worker stops gracefully (handed back) or the API stops mid-run', async () => {
    const run = await api.client.imports.start.mutate({ supplierId: demoId, kind: 'categories' });
    await waitForRun(run.id, (status) => status === 'running', 10_000);

    const apiService = platform.services.get('api')!;
    await apiService.stop();
    // The worker keeps writing progress to PostgreSQL while no API runs.
    const deadline = Date.now() + 30_000;
    let status = 'running';
    while (Date.now() < deadline) {
      const rows = await listRunEvents(db, run.id);
      const last = rows.filter((e) => e.data.type === 'status').at(-1);
      status = last?.data.type === 'status' ? last.data.status : status;
      if (status === 'succeeded' || status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe('succeeded');
  });
});
