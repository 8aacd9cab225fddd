import type { AppRouter } from '@syncar/api';
import { createDb, type Db } from '@syncar/db';
import { type CatalogFixture, seedCatalogFixture } from '@syncar/db/testing-catalog';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { type ApiClient, createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let fixture: CatalogFixture;
let viewer: ApiClient;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 0 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  fixture = await seedCatalogFixture(db, { perSupplier: 30 });
  const api = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await api.login(platform.users.Viewer.username, platform.users.Viewer.password);
  viewer = api.client;
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const { code, httpStatus } = (error as TRPCClientError<AppRouter>).data!;
  return { code, httpStatus, message: (error as Error).message };
}

describe('catalog API', () => {
  it('lets a Viewer search, page, count facets and pick a vehicle', async () => {
    const first = await viewer.catalog.search.query({ filters: { q: 'sur 1004' }, limit: 5 });
    expect(first.items[0]).toMatchObject({ sku: 'SUR-1004', supplierName: 'Frenos del Sur' });

    const all = await viewer.catalog.search.query({ filters: {}, sort: 'price_asc', limit: 60 });
    expect(all.total).toBe(fixture.products.length);
    const rest = await viewer.catalog.search.query({
      filters: {},
      sort: 'price_asc',
      limit: 60,
      cursor: all.nextCursor,
    });
    expect(rest.total).toBeNull();
    expect(new Set([...all.items, ...rest.items].map((item) => item.id)).size).toBe(fixture.products.length);

    const facets = await viewer.catalog.facets.query({ q: 'freno' });
    expect(facets.suppliers.map((s) => s.name).sort()).toEqual([
      'Frenos del Sur',
      'Importadora Central',
      'Repuestos Norte',
    ]);
    expect(await viewer.catalog.vehicleOptions.query({ make: null })).toContain('Citroën');
    expect(await viewer.catalog.vehicleOptions.query({ make: 'toyota' })).toEqual(['Hilux', 'Yaris']);
  });

  it('answers bad input with a 400 and a Spanish message the page can show', async () => {
    const cases: Array<[Parameters<ApiClient['catalog']['search']['query']>[0], RegExp]> = [
      [{ filters: { priceMin: 50_000, priceMax: 10_000 } }, /precio mínimo no puede superar al máximo/],
      [{ filters: { model: 'Hilux' } }, /marca del vehículo antes del modelo/],
      [{ filters: { supplierIds: ['nope'] } }, /proveedor no es válido/],
      [{ filters: { q: 'x'.repeat(201) } }, /búsqueda es demasiado larga/],
      [{ filters: {}, limit: 500 }, /Máximo 100 resultados por página/],
      [{ filters: {}, cursor: 'no-es-un-cursor' }, /cursor de la página no es válido/],
    ];
    for (const [input, message] of cases) {
      const refused = await failure(viewer.catalog.search.query(input));
      expect(refused, JSON.stringify(input)).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
      expect(refused.message).toMatch(message);
    }
    const page = await viewer.catalog.search.query({ filters: { q: 'freno' }, limit: 2 });
    const reused = await failure(
      viewer.catalog.search.query({ filters: { q: 'filtro' }, limit: 2, cursor: page.nextCursor }),
    );
    expect(reused).toMatchObject({ code: 'BAD_REQUEST', httpStatus: 400 });
    expect(reused.message).toMatch(/otra búsqueda/);
  });

  it('refuses callers without a session', async () => {
    const anonymous = createApiClient(platform.urls.api).client;
    expect(await failure(anonymous.catalog.search.query({ filters: {} }))).toMatchObject({
      code: 'UNAUTHORIZED',
      httpStatus: 401,
    });
  });
});
