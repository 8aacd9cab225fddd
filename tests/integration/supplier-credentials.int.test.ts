import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDb, type Db } from '@syncar/db';
import { generateSecretsKey, SecretBox } from '@syncar/runtime';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_SANDBOX } from '../../scripts/demo';
import { freePort } from '../../scripts/env/shell';
import { ROOT } from '../../scripts/stack/platform';
import { startService } from '../../scripts/stack/service';
import { startTestPlatform, type TestPlatform } from '../support/platform';
import { hasEnded, waitForRun as waitUntil } from '../support/runs';
import { createApiClient } from '../support/trpc-client';

let platform: TestPlatform;
let db: Db;
let admin: ReturnType<typeof createApiClient>;

beforeAll(async () => {
  platform = await startTestPlatform({ workers: 1 });
  db = createDb({ connectionString: platform.database.url, max: 2 });
  admin = createApiClient(platform.urls.api, 'sse', platform.urls.web);
  await admin.login(platform.users['Super Admin'].username, platform.users['Super Admin'].password);
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await platform?.dispose();
}, 120_000);

async function syncCategories(): Promise<string> {
  const started = await admin.client.imports.start.mutate({
    supplierId: platform.supplierIds.demo!,
    kind: 'categories',
  });
  const run = await waitUntil(admin.client, started.id, hasEnded, 60_000);
  return `${run.status}${run.reason ? `: ${run.reason}` : ''}`;
}

const credentials = { rut: '76.543.210-3', username: DEMO_SANDBOX.user, password: DEMO_SANDBOX.password };

it('stores supplier credentials encrypted, never returns them, and the worker still logs in; rotation keeps it working', async () => {
  const bad = await admin.client.suppliers.updateCredentials
    .mutate({ supplierId: platform.supplierIds.demo!, ...credentials, rut: '76.543.210-9' })
    .catch((error: unknown) => error as TRPCClientError<never>);
  expect(bad).toBeInstanceOf(TRPCClientError);
  expect((bad as Error).message).toBe('rut: El RUT no es válido (revisa el dígito verificador)');

  const saved = await admin.client.suppliers.updateCredentials.mutate({
    supplierId: platform.supplierIds.demo!,
    ...credentials,
  });
  expect(saved.credentialsSet).toBe(true);
  const listed = await admin.client.suppliers.list.query();
  for (const response of [saved, listed]) {
    const text = JSON.stringify(response);
    expect(text).not.toContain(credentials.password);
    expect(text).not.toContain('76543210');
  }
  const rows = await db.selectFrom('supplierCredentials').selectAll().execute();
  expect(rows).toHaveLength(1);
  const dump = JSON.stringify(rows);
  expect(dump).not.toContain(credentials.password);
  expect(dump).not.toContain(credentials.username);
  expect(dump).not.toContain('76543210');
  const oldKeyId = rows[0]!.keyId;
  expect(new SecretBox(platform.secretsKey).openJson(rows[0]!)).toEqual({
    ...credentials,
    rut: '76543210-3',
  });

  expect(await syncCategories()).toBe('succeeded');

  // Rotate: a new SECRETS_KEY, the old one kept as previous while re-encrypting.
  const newKey = generateSecretsKey();
  const rotate = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/cli.ts', 'secrets:rotate'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATABASE_URL: platform.database.url,
      SECRETS_KEY: newKey,
      SECRETS_KEY_PREVIOUS: platform.secretsKey,
    },
  });
  expect(rotate.stderr).toBe('');
  // The credentials and the portal session kept by the sync are both re-encrypted.
  expect(rotate.stdout).toMatch(/^2 secret\(s\) re-encrypted under key /);
  const rotated = await db.selectFrom('supplierCredentials').selectAll().executeTakeFirstOrThrow();
  expect(rotated.keyId).not.toBe(oldKeyId);
  const session = await db.selectFrom('supplierPortalSessions').selectAll().executeTakeFirstOrThrow();
  expect(session.keyId).toBe(rotated.keyId);

  // A worker that knows only the new key can still log in to the portal.
  await platform.services.get('worker-1')!.stop();
  const port = await freePort();
  const worker = await startService({
    name: 'worker-rotated',
    command: join(ROOT, 'node_modules/.bin/tsx'),
    args: ['apps/worker/src/main.ts'],
    cwd: ROOT,
    env: {
      DATABASE_URL: platform.database.url,
      REDIS_URL: platform.redisUrl,
      REDIS_PREFIX: platform.redisPrefix,
      SECRETS_KEY: newKey,
      WORKER_HEALTH_PORT: String(port),
      LOG_LEVEL: 'debug',
    },
    readyUrl: `http://127.0.0.1:${port}/healthz`,
    log: join(platform.logDir, 'worker-rotated.log'),
  });
  try {
    expect(await syncCategories()).toBe('succeeded');
  } finally {
    await worker.stop();
  }

  // No secret in any log line, at debug level, of any process.
  const secrets = [credentials.password, platform.users['Super Admin'].password, platform.secretsKey, newKey];
  for (const file of readdirSync(platform.logDir)) {
    const log = readFileSync(join(platform.logDir, file), 'utf8');
    for (const secret of secrets) expect(log, `${file} leaks a secret`).not.toContain(secret);
  }
  const audit = await admin.client.audit.list.query({ action: 'supplier.credentials' });
  expect(audit.items).toHaveLength(1);
});
