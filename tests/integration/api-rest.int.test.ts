import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { Permission } from '@syncar/contracts';
import { createDb, type Db, listAudit } from '@syncar/db';
import { type CatalogFixture, seedCatalogFixture } from '@syncar/db/testing-catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { type ApiClient, createApiClient } from '../support/trpc-client';

const RATE_PER_MINUTE = 15;

let platform: TestPlatform;
let db: Db;
let fixture: CatalogFixture;
let operator: ApiClient;
let admin: ApiClient;
/** Every secret a test created, to look for in list output and logs. */
const secrets: string[] = [];

beforeAll(async () => {
  // The API process inherits the environment: a low limit keeps the rate-limit test short.
  process.env.API_TOKEN_RATE_PER_MINUTE = String(RATE_PER_MINUTE);
  platform = await startTestPlatform({ workers: 0 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  fixture = await seedCatalogFixture(db, { perSupplier: 10 });
  operator = await signIn(platform.users.Operator.username, platform.users.Operator.password);
  admin = await signIn(platform.users.Admin.username, platform.users.Admin.password);
}, 120_000);

afterAll(async () => {
  delete process.env.API_TOKEN_RATE_PER_MINUTE;
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function signIn(username: string, password: string): Promise<ApiClient> {
  const api = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await api.login(username, password);
  return api.client;
}

async function newToken(client: ApiClient, permissions: Permission[], name = 'integración') {
  const created = await client.apiTokens.create.mutate({ name, permissions });
  secrets.push(created.secret);
  return created;
}

interface RestAnswer {
  status: number;
  headers: Headers;
  body: { message?: string; code?: string; [key: string]: unknown };
}

async function rest(
  path: string,
  options: { token?: string; method?: 'GET' | 'POST'; body?: unknown; cookie?: string } = {},
): Promise<RestAnswer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${platform.urls.api}/api${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as RestAnswer['body'],
  };
}

describe('the OpenAPI document and its docs page', () => {
  it('publishes a valid OpenAPI 3.1 document with the catalog, suppliers, runs and exports', async () => {
    const response = await fetch(`${platform.urls.api}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    const result = await new Validator().validate(document as never);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /catalog/search',
        'GET /catalog/products/{id}',
        'GET /catalog/products/{id}/history',
        'POST /catalog/compare',
        'GET /suppliers',
        'GET /runs',
        'POST /runs',
        'GET /runs/{runId}',
        'POST /runs/{runId}/cancel',
        'POST /exports',
        'GET /exports/{exportId}',
      ].sort(),
    );
    expect(document.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('serves /api/docs as an HTML page whose scripts and styles come from the API itself', async () => {
    const response = await fetch(`${platform.urls.api}/api/docs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toContain('docs/swagger-ui-bundle.js');
    for (const asset of assets) {
      const served = await fetch(new URL(asset, `${platform.urls.api}/api/docs`));
      expect(served.status, asset).toBe(200);
    }
  });
});

describe('API tokens', () => {
  it('a token scoped to catalog:read searches the catalog and cannot start a run', async () => {
    const { secret, token } = await newToken(operator, ['catalog:read']);
    expect(secret).toMatch(/^syncar_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(token.prefix)).toBe(true);

    const search = await rest('/catalog/search?q=sur%201004&limit=5', { token: secret });
    expect(search.status).toBe(200);
    expect((search.body.items as Array<{ sku: string }>)[0]?.sku).toBe('SUR-1004');

    const supplierId = fixture.suppliers[1]!.id;
    const filtered = await rest(`/catalog/search?supplierIds=${supplierId}&sort=price_asc&limit=100`, {
      token: secret,
    });
    expect(filtered.status).toBe(200);
    expect(filtered.body.total).toBe(10);
    const prices = (filtered.body.items as Array<{ priceClp: number | null; supplierId: string }>).map(
      (item) => {
        expect(item.supplierId).toBe(supplierId);
        return item.priceClp;
      },
    );
    const priced = prices.filter((price): price is number => price !== null);
    expect(priced).toEqual([...priced].sort((a, b) => a - b));

    const productId = fixture.products[0]!.id;
    const product = await rest(`/catalog/products/${productId}`, { token: secret });
    expect(product.status).toBe(200);
    expect(product.body).toMatchObject({ id: productId, sku: fixture.products[0]!.sku });
    expect(typeof product.body.firstSeenAt).toBe('string');
    const history = await rest(`/catalog/products/${productId}/history?days=30`, { token: secret });
    expect(history.status).toBe(200);
    expect(Array.isArray(history.body)).toBe(true);
    expect((await rest('/suppliers', { token: secret })).status).toBe(200);

    const start = await rest('/runs', {
      token: secret,
      method: 'POST',
      body: { supplierId: platform.supplierIds.demo, kind: 'categories' },
    });
    expect(start.status).toBe(403);
    expect(start.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(start.body.message).toContain('imports:run');
    expect((await rest('/runs', { token: secret })).status).toBe(403);
  });

  it('a token with the runs permissions starts a run, follows it and cancels it', async () => {
    const { secret } = await newToken(operator, ['imports:read', 'imports:run', 'imports:cancel']);
    const start = await rest('/runs', {
      token: secret,
      method: 'POST',
      body: { supplierId: platform.supplierIds.demo, kind: 'categories' },
    });
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({ kind: 'categories', status: 'queued' });
    const runId = start.body.id as string;

    const again = await rest('/runs', {
      token: secret,
      method: 'POST',
      body: { supplierId: platform.supplierIds.demo, kind: 'categories' },
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/Ya hay una importación de categorías en curso/);

    expect((await rest(`/runs/${runId}`, { token: secret })).body).toMatchObject({ id: runId });
    const listed = await rest(`/runs?supplierId=${platform.supplierIds.demo}&activeOnly=true&limit=5`, {
      token: secret,
    });
    expect((listed.body.items as Array<{ id: string }>).map((run) => run.id)).toEqual([runId]);

    const cancelled = await rest(`/runs/${runId}/cancel`, { token: secret, method: 'POST' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: runId, status: 'cancelled' });
    const none = await rest(`/runs?supplierId=${platform.supplierIds.demo}&activeOnly=false&limit=5`, {
      token: secret,
    });
    expect((none.body.items as Array<{ status: string }>)[0]?.status).toBe('cancelled');

    const [entry] = (await listAudit(db, { action: 'import.started', limit: 1 })).items;
    expect(entry).toMatchObject({ actorLabel: platform.users.Operator.username });
    expect(entry?.details).toMatchObject({ apiToken: secret.slice(0, 15) });
  });

  it('exports the catalog with a token and downloads the file with the same token', async () => {
    const { secret } = await newToken(operator, ['catalog:export']);
    const central = fixture.suppliers.find((supplier) => supplier.skuPrefix === 'CEN')!;
    const started = await rest('/exports', {
      token: secret,
      method: 'POST',
      body: { format: 'csv', columns: ['sku', 'name'], filters: { supplierIds: [central.id] }, sort: 'name' },
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: 'ready', mode: 'direct' });
    const status = await rest(`/exports/${started.body.id}`, { token: secret });
    expect(status.body.downloadPath).toBe(`/exports/${started.body.id}/download`);
    const download = await fetch(`${platform.urls.api}${status.body.downloadPath}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('CEN-1000');
  });

  it('refuses a revoked, an expired, a made-up or a missing token with 401', async () => {
    const { secret, token } = await newToken(operator, ['catalog:read']);
    expect((await rest('/suppliers', { token: secret })).status).toBe(200);
    const revoked = await operator.apiTokens.revoke.mutate({ id: token.id });
    expect(revoked).toMatchObject({ status: 'revoked' });
    const refused = await rest('/suppliers', { token: secret });
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'El token de API no es válido, expiró o fue revocado',
    });

    const expiring = await newToken(operator, ['catalog:read']);
    await db
      .updateTable('apiTokens')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.token.id)
      .execute();
    expect((await rest('/suppliers', { token: expiring.secret })).status).toBe(401);
    expect((await operator.apiTokens.list.query({})).find((t) => t.id === expiring.token.id)?.status).toBe(
      'expired',
    );

    expect((await rest('/suppliers', { token: `syncar_${'x'.repeat(43)}` })).status).toBe(401);
    const anonymous = await rest('/suppliers');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.message).toMatch(/inicia sesión/);
  });

  it('narrows a token to what its owner may still do, at every request', async () => {
    const role = await admin.roles.create.mutate({
      name: 'Integración',
      permissions: ['catalog:read', 'imports:read'],
    });
    const password = 'una-clave-larga-de-prueba';
    await admin.users.create.mutate({
      username: 'integrador',
      email: 'integrador@syncar.test',
      roleId: role.id,
      password,
    });
    const integrator = await signIn('integrador', password);
    await expect(newToken(integrator, ['catalog:read', 'imports:run'])).rejects.toThrow(
      /permisos que no tienes: imports:run/,
    );
    const { secret } = await newToken(integrator, ['catalog:read', 'imports:read']);
    expect((await rest('/runs', { token: secret })).status).toBe(200);

    await admin.roles.update.mutate({ id: role.id, permissions: ['catalog:read'] });
    const lost = await rest('/runs', { token: secret });
    expect(lost.status).toBe(403);
    expect(lost.body.message).toContain('imports:read');
    expect((await rest('/suppliers', { token: secret })).status).toBe(200);

    // Given back to the role, it is back for the token: the scope still includes it.
    await admin.roles.update.mutate({ id: role.id, permissions: ['catalog:read', 'imports:read'] });
    expect((await rest('/runs', { token: secret })).status).toBe(200);

    const { items } = await admin.users.list.query({ search: 'integrador' });
    await admin.users.update.mutate({ id: items[0]!.id, isActive: false });
    expect((await rest('/suppliers', { token: secret })).status).toBe(401);
  });

  it('limits each token to its requests per minute with 429 and Retry-After', async () => {
    const busy = await newToken(operator, ['catalog:read'], 'ocupado');
    const calm = await newToken(operator, ['catalog:read'], 'tranquilo');
    for (let i = 0; i < RATE_PER_MINUTE; i++) {
      expect((await rest('/suppliers', { token: busy.secret })).status).toBe(200);
    }
    const limited = await rest('/suppliers', { token: busy.secret });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(
      /Demasiadas solicitudes con este token; inténtalo de nuevo en \d+ s/,
    );
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await rest('/suppliers', { token: calm.secret })).status).toBe(200);
  });

  it('answers bad input with a 400 and a Spanish message', async () => {
    const { secret } = await newToken(operator, ['catalog:read']);
    const cases: Array<[string, RegExp]> = [
      ['/catalog/search?limit=500', /Máximo 100 resultados por página/],
      ['/catalog/search?limit=muchos', /limit: debe ser un número/],
      ['/catalog/search?priceMin=50000&priceMax=10000', /precio mínimo no puede superar al máximo/],
      ['/catalog/search?supplierIds=nope', /proveedor no es válido/],
      ['/catalog/search?includeMissing=quizas', /includeMissing: debe ser true o false/],
      ['/catalog/products/no-es-un-id', /El producto no es válido/],
    ];
    for (const [path, message] of cases) {
      const answer = await rest(path, { token: secret });
      expect(answer.status, path).toBe(400);
      expect(answer.body.code).toBe('BAD_REQUEST');
      expect(answer.body.message).toMatch(message);
    }
    const missing = await rest('/catalog/products/00000000-0000-4000-8000-000000000000', { token: secret });
    expect(missing).toMatchObject({ status: 404, body: { message: 'El producto no existe' } });
    const notJson = await fetch(`${platform.urls.api}/api/catalog/compare`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { message: string }).message).toBe(
      'El cuerpo de la solicitud no es JSON válido',
    );
    expect((await rest('/nada', { token: secret })).status).toBe(404);
  });

  it('keeps tokens to the integration API: a browser session wins, and tokens cannot manage tokens', async () => {
    const { secret } = await newToken(operator, ['catalog:read', 'imports:read']);
    const viewer = createApiClient(platform.urls.api, 'sse', platform.urls.web);
    await viewer.login(platform.users.Viewer.username, platform.users.Viewer.password);
    // With a session cookie the token is ignored: the Viewer may not read runs.
    expect((await rest('/runs', { token: secret, cookie: viewer.jar.header() })).status).toBe(403);

    const minted = await fetch(`${platform.urls.api}/trpc/apiTokens.list?input=${encodeURIComponent('{}')}`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(minted.status).toBe(403);
  });

  it('shows last use and prefix but never the secret, in the list, the audit log or the logs', async () => {
    const { secret, token } = await newToken(operator, ['catalog:read'], 'visible');
    expect((await rest('/suppliers', { token: secret })).status).toBe(200);
    const listed = await operator.apiTokens.list.query({});
    const shown = listed.find((t) => t.id === token.id)!;
    expect(shown).toMatchObject({
      name: 'visible',
      prefix: secret.slice(0, 15),
      permissions: ['catalog:read'],
    });
    expect(shown.lastUsedAt).toBeInstanceOf(Date);
    expect(shown.lastUsedIp).toBeTruthy();

    const everyone = await admin.apiTokens.list.query({ scope: 'all' });
    expect(everyone.map((t) => t.id)).toContain(token.id);
    await expect(operator.apiTokens.list.query({ scope: 'all' })).rejects.toThrow(/tokens de otros/);

    const audit = await listAudit(db, { limit: 200 });
    const seen = JSON.stringify([listed, everyone, audit]);
    const logs = readdirSync(platform.logDir)
      .map((file) => readFileSync(join(platform.logDir, file), 'utf8'))
      .join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const created of secrets) {
      expect(seen).not.toContain(created);
      expect(logs).not.toContain(created);
      expect(seen).not.toContain(created.slice(15));
    }
    expect(audit.items.map((entry) => entry.action)).toContain('api_token.created');
  });
});
