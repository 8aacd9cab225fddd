import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

describe('start-up configuration', () => {
  it.each([
    ['api', 'apps/api/src/main.ts', {}, 'DATABASE_URL: is required'],
    [
      'api',
      'apps/api/src/main.ts',
      { DATABASE_URL: 'mysql://x', REDIS_URL: 'nope' },
      'REDIS_URL: must be a redis:// URL',
    ],
    ['worker', 'apps/worker/src/main.ts', { DATABASE_URL: 'postgres://x/y' }, 'SECRETS_KEY: is required'],
    [
      'worker',
      'apps/worker/src/main.ts',
      {
        DATABASE_URL: 'postgres://x/y',
        SECRETS_KEY: Buffer.alloc(32).toString('base64'),
        CHROMIUM_PATH: '/nope',
      },
      'CHROMIUM_PATH: no Chromium at this path',
    ],
  ])('%s stops at start-up naming the bad variable (%s)', (_app, entry, env, expected) => {
    const result = spawnSync(tsx, [entry], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
      timeout: 30_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain(expected);
  });
});
