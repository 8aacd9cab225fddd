import { randomUUID } from 'node:crypto';
import type { AppRouter } from '@syncar/api';
import { DEFAULT_SUPPLIER_SETTINGS, type DefaultRoleName, type SupplierSettings } from '@syncar/contracts';
import { createDb, type Db, findSupplierConnection } from '@syncar/db';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let supplierId: string;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 0 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  supplierId = platform.supplierIds.demo!;
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function signedIn(role: DefaultRoleName) {
  const api = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await api.login(platform.users[role].username, platform.users[role].password);
  return api.client;
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCClientError);
  const { code, httpStatus } = (error as TRPCClientError<AppRouter>).data!;
  return { code, httpStatus, message: (error as Error).message };
}

const polite: SupplierSettings = {
  productsPerCategory: 500,
  requestsPerMinute: 120,
  maxConcurrency: 2,
  categoryOrder: 'name',
};

// The tests run in order and share the demo supplier: defaults first, then the saved values.
describe('supplier settings', () => {
  it('start at the defaults (no limits, 4 at a time, portal order), readable by every role', async () => {
    for (const role of ['Super Admin', 'Operator', 'Viewer'] as const) {
      expect(await (await signedIn(role)).suppliers.settings.query({ supplierId })).toEqual(
        DEFAULT_SUPPLIER_SETTINGS,
      );
    }
  });

  it('are saved by an admin, read back, and seen by the worker', async () => {
    const admin = await signedIn('Admin');
    expect(await admin.suppliers.updateSettings.mutate({ supplierId, ...polite })).toEqual(polite);
    expect(await admin.suppliers.settings.query({ supplierId })).toEqual(polite);
    expect(await (await signedIn('Viewer')).suppliers.settings.query({ supplierId })).toEqual(polite);
    expect(await findSupplierConnection(db, supplierId)).toMatchObject(polite);
  });

  it('cannot be changed by an Operator or a Viewer', async () => {
    for (const role of ['Operator', 'Viewer'] as const) {
      const client = await signedIn(role);
      const refused = await failure(
        client.suppliers.updateSettings.mutate({ supplierId, ...polite, maxConcurrency: 16 }),
      );
      expect(refused).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
      expect(refused.message).toContain('suppliers:manage');
    }
    expect(await (await signedIn('Admin')).suppliers.settings.query({ supplierId })).toEqual(polite);
  });

  it('refuses bad values with a 400 and a Spanish message per field, storing nothing', async () => {
    const admin = await signedIn('Admin');
    const cases: Array<[Partial<Record<keyof SupplierSettings, unknown>>, string]> = [
      [
        { productsPerCategory: 0 },
        'productsPerCategory: Los productos por categoría deben ser un número entero de 1 a 1.000.000, o quedar vacíos (sin límite)',
      ],
      [
        { requestsPerMinute: 6001 },
        'requestsPerMinute: Las solicitudes por minuto deben ser un número entero de 1 a 6.000, o quedar vacías (sin límite)',
      ],
      [
        { requestsPerMinute: 1.5 },
        'requestsPerMinute: Las solicitudes por minuto deben ser un número entero de 1 a 6.000, o quedar vacías (sin límite)',
      ],
      [
        { maxConcurrency: 17 },
        'maxConcurrency: Las solicitudes simultáneas deben ser un número entero de 1 a 16',
      ],
      [
        { maxConcurrency: null },
        'maxConcurrency: Las solicitudes simultáneas deben ser un número entero de 1 a 16',
      ],
      [
        { categoryOrder: 'random' },
        'categoryOrder: Elige un orden de categorías válido (portal, nombre o tamaño)',
      ],
    ];
    for (const [change, message] of cases) {
      const input = { supplierId, ...DEFAULT_SUPPLIER_SETTINGS, ...change } as never;
      expect(await failure(admin.suppliers.updateSettings.mutate(input))).toEqual({
        code: 'BAD_REQUEST',
        httpStatus: 400,
        message,
      });
    }
    expect(await admin.suppliers.settings.query({ supplierId })).toEqual(polite);
  });

  it('answer 404 for a supplier that does not exist', async () => {
    const admin = await signedIn('Admin');
    const unknown = randomUUID();
    const notFound = { code: 'NOT_FOUND', httpStatus: 404, message: 'El proveedor no existe' };
    expect(await failure(admin.suppliers.settings.query({ supplierId: unknown }))).toEqual(notFound);
    expect(await failure(admin.suppliers.updateSettings.mutate({ supplierId: unknown, ...polite }))).toEqual(
      notFound,
    );
    expect(await db.selectFrom('supplierSettings').select('supplierId').execute()).toEqual([{ supplierId }]);
  });

  it('are audited with who changed what, before and after', async () => {
    const superAdmin = await signedIn('Super Admin');
    const { items } = await superAdmin.audit.list.query({ action: 'supplier.settings' });
    // Only the one successful save: refusals and invalid input change nothing and are not recorded.
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      action: 'supplier.settings.updated',
      actorLabel: platform.users.Admin.username,
      targetType: 'supplier',
      targetId: supplierId,
      details: { supplier: 'Repuestos Demo', before: DEFAULT_SUPPLIER_SETTINGS, after: polite },
    });
  });
});
