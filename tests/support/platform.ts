import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@syncar/db/testing';
import { generateSecretsKey } from '@syncar/runtime';
import { Redis } from 'ioredis';
import { DEMO_SANDBOX, demoSupplier } from '../../scripts/demo';
import { findChromium } from '../../scripts/env/chromium';
import { freePort } from '../../scripts/env/shell';
import { type Platform, type SandboxSettings, startPlatform } from '../../scripts/stack/platform';
import { seedDemoSuppliers } from '../../scripts/stack/seed';
import { type RoleUsers, seedRoleUsers } from './users';

export interface TestPlatform extends Platform {
  database: TestDatabase;
  redisUrl: string;
  redisPrefix: string;
  secretsKey: string;
  supplierIds: Record<string, string>;
  /** One user per default role, by role name, with their passwords. */
  users: RoleUsers;
  logDir: string;
  /** The api's and workers' STORAGE_DIR (a temporary folder, removed by dispose). */
  storageDir: string;
  /** Stops every process and drops the database. */
  dispose(): Promise<void>;
}

export interface TestPlatformOptions {
  workers?: number;
  web?: boolean;
  sandbox?: Partial<SandboxSettings>;
  /** Extra suppliers on the same demo portal, e.g. one with a wrong password. */
  extraSuppliers?: Array<{ slug: string; name: string; password?: string }>;
  workerEnv?: Record<string, string>;
  apiEnv?: Record<string, string>;
  /** The services' log level; debug by default, for the logs of failed tests. */
  logLevel?: string;
}

/**
 * The whole platform as real processes (sandbox, API, workers, optionally web) on free ports, with a fresh
 * database and a Redis prefix of its own, so test runs never share state.
 */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redisPrefix = `syncar-test-${process.pid}-${Date.now().toString(36)}`;
  const secretsKey = generateSecretsKey();
  const authSecret = generateSecretsKey();
  const sandbox = { ...DEMO_SANDBOX, products: 200, ...options.sandbox };
  const ports = {
    sandbox: await freePort(),
    api: await freePort(),
    web: await freePort(),
    workers: await Promise.all(Array.from({ length: options.workers ?? 1 }, () => freePort())),
  };
  const sandboxUrl = `http://127.0.0.1:${ports.sandbox}`;
  const supplierIds = await seedDemoSuppliers(database.url, secretsKey, [
    demoSupplier(sandboxUrl, sandbox),
    ...(options.extraSuppliers ?? []).map((extra) => {
      const base = demoSupplier(sandboxUrl, sandbox);
      return {
        ...base,
        slug: extra.slug,
        name: extra.name,
        credentials: { ...base.credentials, password: extra.password ?? base.credentials.password },
      };
    }),
  ]);
  const users = await seedRoleUsers(database.url);
  const logDir = mkdtempSync(join(tmpdir(), 'syncar-test-logs-'));
  const storageDir = mkdtempSync(join(tmpdir(), 'syncar-test-storage-'));
  let platform: Platform;
  try {
    platform = await startPlatform({
      env: {
        databaseUrl: database.url,
        redisUrl,
        redisPrefix,
        secretsKey,
        authSecret,
        chromiumPath: findChromium(),
        storageDir,
      },
      ports,
      sandbox,
      web: options.web ?? false,
      logs: logDir,
      logLevel: options.logLevel ?? 'debug',
      ...(options.workerEnv ? { workerEnv: options.workerEnv } : {}),
      ...(options.apiEnv ? { apiEnv: options.apiEnv } : {}),
    });
  } catch (error) {
    await database.drop();
    rmSync(storageDir, { recursive: true, force: true });
    throw error;
  }
  return {
    ...platform,
    database,
    redisUrl,
    redisPrefix,
    secretsKey,
    supplierIds,
    users,
    logDir,
    storageDir,
    async dispose() {
      await platform.stop();
      rmSync(storageDir, { recursive: true, force: true });
      await database.drop();
      await deleteRedisKeys(redisUrl, redisPrefix);
    },
  };
}

export async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
