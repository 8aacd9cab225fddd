import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './platform';

const WEB = join(ROOT, 'apps/web');
const STAMP = join(WEB, '.next', 'syncar-source-hash');
/** What the web build depends on: its own sources and the contracts/API types it imports. */
const INPUTS = [
  'apps/web/src',
  'apps/web/next.config.ts',
  'apps/web/package.json',
  'packages/contracts/src',
  'apps/api/src',
];

function hashTree(path: string, hash: ReturnType<typeof createHash>) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) hashTree(join(path, entry), hash);
  } else {
    hash.update(path).update(readFileSync(path));
  }
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) hashTree(join(ROOT, input), hash);
  return hash.digest('hex');
}

/** Runs `next build` unless the last build was made from the same sources. */
export function buildWebIfChanged(): void {
  const current = sourceHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === current) {
    console.log('Web app: production build is up to date');
    return;
  }
  console.log('Web app: building for production (next build)...');
  execFileSync(join(WEB, 'node_modules/.bin/next'), ['build'], {
    cwd: WEB,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  writeFileSync(STAMP, current);
}
