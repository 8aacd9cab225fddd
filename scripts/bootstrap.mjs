#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on a fresh clone: needs only Node and npm. It makes sure pnpm
// (the version pinned in package.json) and the dependencies are installed, then runs scripts/<command>.ts.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const command = process.argv[2];
if (!['start', 'test'].includes(command)) {
  console.error('usage: node scripts/bootstrap.mjs start|test');
  process.exit(2);
}

const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function pnpmVersion(bin) {
  const result = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function findPnpm() {
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm');
  if (pnpmVersion('pnpm') === wanted) return 'pnpm';
  if (existsSync(local) && pnpmVersion(local) === wanted) return local;
  console.log(`Installing pnpm ${wanted}...`);
  if (
    spawnSync('npm', ['install', '-g', `pnpm@${wanted}`], { stdio: 'inherit' }).status === 0 &&
    pnpmVersion('pnpm') === wanted
  ) {
    return 'pnpm';
  }
  // No permission for a global install: keep pnpm inside the checkout instead.
  execFileSync('npm', ['install', '--no-save', '--prefix', join(root, '.tools'), `pnpm@${wanted}`], {
    stdio: 'inherit',
  });
  return local;
}

const pnpm = findPnpm();
const frozen = existsSync(join(root, 'pnpm-lock.yaml')) ? ['--frozen-lockfile'] : [];
execFileSync(pnpm, ['install', ...frozen, '--reporter=append-only'], { cwd: root, stdio: 'inherit' });

const child = spawn(
  join(root, 'node_modules', '.bin', 'tsx'),
  [join(root, 'scripts', `${command}.ts`), ...process.argv.slice(3)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${dirname(pnpm === 'pnpm' ? '' : pnpm)}:${process.env.PATH}` },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
