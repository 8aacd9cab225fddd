// Regenerates src/schema.ts (the typed Database interface) from a freshly migrated database.
// `--verify` fails when the file no longer matches the migrations; a test runs it.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '../testing';

export const codegenArgs = (url: string, verify: boolean) => [
  'exec',
  'kysely-codegen',
  '--dialect=postgres',
  '--camel-case',
  `--url=${url}`,
  '--out-file=src/schema.ts',
  '--type-mapping={"int8":"number"}',
  `--overrides=${JSON.stringify({ columns: { 'import_run_events.data': "import('@syncar/contracts').RunEventData" } })}`,
  ...(verify ? ['--verify'] : []),
];

export function runCodegen(url: string, verify: boolean): void {
  const cwd = fileURLToPath(new URL('../..', import.meta.url));
  execFileSync('pnpm', codegenArgs(url, verify), { cwd, stdio: 'pipe', encoding: 'utf8' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = await createTestDatabase('syncar_codegen');
  try {
    runCodegen(database.url, process.argv.includes('--verify'));
    console.error('src/schema.ts is up to date with the migrations');
  } finally {
    await database.drop();
  }
}
