// `npm test`: typecheck, lint, unit and integration tests against real PostgreSQL and Redis, then end-to-end
// tests in Debian's Chromium against the whole platform. Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { resolveEnvironment } from './env';
import { ROOT } from './stack/platform';
import { buildWebIfChanged } from './stack/web-build';

const bin = (name: string, dir = '') => join(ROOT, dir, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

const environment = await resolveEnvironment();
const env = {
  ...process.env,
  DATABASE_URL: environment.postgres.url,
  REDIS_URL: environment.redis.url,
  CHROMIUM_PATH: environment.chromiumPath,
  NEXT_TELEMETRY_DISABLED: '1',
};

interface Stage {
  name: string;
  run: () => number;
}

const command =
  (cmd: string, args: string[], cwd = ROOT) =>
  () =>
    spawnSync(cmd, args, { cwd, env, stdio: 'inherit' }).status ?? 1;

const stages: Stage[] = [
  { name: 'typecheck', run: command(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) },
  {
    name: 'typecheck-web',
    run: command(bin('tsc', 'apps/web'), ['-p', 'tsconfig.json', '--noEmit'], join(ROOT, 'apps/web')),
  },
  { name: 'lint', run: command(bin('biome'), ['ci', '.']) },
  { name: 'unit', run: command(bin('vitest'), ['run', '--project', 'unit']) },
  { name: 'integration', run: command(bin('vitest'), ['run', '--project', 'integration']) },
  {
    name: 'e2e',
    run: () => {
      buildWebIfChanged();
      return command(bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts'])();
    },
  },
];

const results: Array<{ name: string; ok: boolean; seconds: number }> = [];
let failed = false;
for (const stage of stages) {
  if (only.length && !only.includes(stage.name)) continue;
  console.log(`\n━━ ${stage.name} ━━`);
  const started = Date.now();
  let ok: boolean;
  try {
    ok = stage.run() === 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    ok = false;
  }
  results.push({ name: stage.name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) {
    failed = true;
    break;
  }
}

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(14)} ${r.seconds}s`);
await environment.release();
process.exit(failed ? 1 : 0);
