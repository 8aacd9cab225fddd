import type { ScrapedCategory } from '@syncar/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCodegen } from './cli/codegen';
import type { Db } from './client';
import { migrateDown, migrateToLatest } from './migrate';
import { migrations } from './migrations';
import { listCategories, upsertCategories } from './queries/categories';
import { appendRunEvent, createRun, findRun, listRunEvents, listRuns } from './queries/runs';
import { upsertSupplier } from './queries/suppliers';
import { createTestDatabase, createTestDb, type TestDatabase } from './testing';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createTestDb(database);
});
afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('schema', () => {
  it('matches the typed Database interface (kysely-codegen --verify)', () => {
    expect(() => runCodegen(database.url, true)).not.toThrow();
  });

  it('migrates down to nothing and back up again', async () => {
    const scratch = await createTestDatabase('syncar_migrations');
    try {
      const names = Object.keys(migrations);
      for (const name of [...names].reverse()) {
        expect(await migrateDown(scratch.url)).toEqual([`Down ${name}`]);
      }
      expect(await migrateToLatest(scratch.url)).toEqual(names.map((name) => `Up ${name}`));
      expect(await migrateToLatest(scratch.url)).toEqual([]);
    } finally {
      await scratch.drop();
    }
  });
});

const category = (n: number, name = `Categoría ${n}`): ScrapedCategory => ({
  externalId: `CAT-${n}`,
  name,
  url: `http://portal.test/categorias/CAT-${n}`,
  kind: 'linea',
  productCount: null,
});

describe('categories', () => {
  it('inserts, leaves unchanged rows untouched, updates changed ones and marks vanished ones missing', async () => {
    const supplierId = await upsertSupplier(db, {
      slug: 'cat-test',
      name: 'Cat test',
      connector: 'sandbox',
      baseUrl: 'http://portal.test',
    });
    expect(await upsertCategories(db, supplierId, [category(1), category(2), category(3)])).toEqual({
      inserted: 3,
      updated: 0,
      unchanged: 0,
      missing: 0,
    });
    const before = await listCategories(db, supplierId);
    expect(await upsertCategories(db, supplierId, [category(1), category(2), category(3)])).toEqual({
      inserted: 0,
      updated: 0,
      unchanged: 3,
      missing: 0,
    });
    expect(await listCategories(db, supplierId)).toEqual(before);

    const result = await upsertCategories(db, supplierId, [category(1), category(2, 'Frenos ABS')]);
    expect(result).toEqual({ inserted: 0, updated: 1, unchanged: 1, missing: 1 });
    const after = await listCategories(db, supplierId);
    expect(after.map((c) => [c.externalId, c.name, c.missingSince !== null])).toEqual([
      ['CAT-1', 'Categoría 1', false],
      ['CAT-2', 'Frenos ABS', false],
      ['CAT-3', 'Categoría 3', true],
    ]);
    // Counts shown by the portal are stored; a portal that shows none leaves them as they were.
    await upsertCategories(db, supplierId, [{ ...category(1), productCount: 12 }]);
    await upsertCategories(db, supplierId, [category(1)]);
    expect((await listCategories(db, supplierId)).find((c) => c.externalId === 'CAT-1')?.productCount).toBe(
      12,
    );
    await upsertCategories(db, supplierId, [category(1), category(2, 'Frenos ABS')]);
    // A category that comes back is no longer missing.
    expect(
      (await upsertCategories(db, supplierId, [category(1), category(2, 'Frenos ABS'), category(3)])).updated,
    ).toBe(1);
    expect((await listCategories(db, supplierId)).every((c) => c.missingSince === null)).toBe(true);
  });
});

describe('runs and their events', () => {
  it('allows one active run per supplier and kind', async () => {
    const supplierId = await upsertSupplier(db, {
      slug: 'active-test',
      name: 'Active test',
      connector: 'sandbox',
      baseUrl: 'http://portal.test',
    });
    const first = await createRun(db, { supplierId, kind: 'categories' });
    await expect(createRun(db, { supplierId, kind: 'categories' })).rejects.toMatchObject({ code: '23505' });
    await appendRunEvent(db, first, { type: 'status', status: 'failed', reason: 'test' });
    await expect(createRun(db, { supplierId, kind: 'categories' })).resolves.toBeTypeOf('string');
  });

  it('numbers events without gaps under concurrent writers and applies them to the run', async () => {
    const supplierId = await upsertSupplier(db, {
      slug: 'run-test',
      name: 'Run test',
      connector: 'sandbox',
      baseUrl: 'http://portal.test',
    });
    const runId = await createRun(db, { supplierId, kind: 'categories' });
    await appendRunEvent(db, runId, { type: 'status', status: 'running', reason: null });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendRunEvent(db, runId, { type: 'progress', step: 'test', done: i, total: 20 }),
      ),
    );
    await appendRunEvent(db, runId, { type: 'status', status: 'failed', reason: 'login failed' });

    const events = await listRunEvents(db, runId);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(await listRunEvents(db, runId, 20)).toHaveLength(2);
    const run = await findRun(db, runId);
    expect(run).toMatchObject({ status: 'failed', reason: 'login failed', progressTotal: 20 });
    expect(run?.startedAt).toBeInstanceOf(Date);
    expect(run?.finishedAt).toBeInstanceOf(Date);
  });

  it('pages runs newest first without skipping or repeating', async () => {
    const supplierId = await upsertSupplier(db, {
      slug: 'page-test',
      name: 'Page test',
      connector: 'sandbox',
      baseUrl: 'http://portal.test',
    });
    const ids = [];
    for (let i = 0; i < 7; i++) {
      const id = await createRun(db, { supplierId, kind: 'categories' });
      await appendRunEvent(db, id, { type: 'status', status: 'succeeded', reason: null });
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof listRuns>> = await listRuns(db, {
        supplierId,
        limit: 3,
        cursor,
        activeOnly: false,
      });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });
});
