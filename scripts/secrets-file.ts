import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSecretsKey } from '@syncar/runtime';
import { DATA_DIR } from './env';

/**
 * The local installation's SECRETS_KEY: from the environment, else from .data/secrets.env (created once), so
 * credentials saved by one `npm start` can be read by the next.
 */
export function localSecretsKey(): string {
  if (process.env.SECRETS_KEY) return process.env.SECRETS_KEY;
  const file = join(DATA_DIR, 'secrets.env');
  if (existsSync(file)) {
    const match = /^SECRETS_KEY=(.+)$/m.exec(readFileSync(file, 'utf8'));
    if (match?.[1]) return match[1].trim();
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const key = generateSecretsKey();
  writeFileSync(file, `SECRETS_KEY=${key}\n`, { mode: 0o600 });
  return key;
}
