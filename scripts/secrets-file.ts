import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSecretsKey } from '@syncar/runtime';
import { DATA_DIR } from './env';

const FILE = join(DATA_DIR, 'secrets.env');

export interface LocalSecrets {
  secretsKey: string;
  authSecret: string;
}

function readFile(): Record<string, string> {
  if (!existsSync(FILE)) return {};
  return Object.fromEntries(
    readFileSync(FILE, 'utf8')
      .split('\n')
      .map((line) => /^([A-Z_]+)=(.+)$/.exec(line.trim()))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
}

/**
 * The local installation's keys: from the environment, else from .data/secrets.env (created once, mode 600),
 * so credentials and sessions saved by one `npm start` still work in the next.
 */
export function localSecrets(): LocalSecrets {
  const stored = readFile();
  const secrets = {
    SECRETS_KEY: process.env.SECRETS_KEY ?? stored.SECRETS_KEY ?? generateSecretsKey(),
    AUTH_SECRET: process.env.AUTH_SECRET ?? stored.AUTH_SECRET ?? generateSecretsKey(),
  };
  if (stored.SECRETS_KEY !== secrets.SECRETS_KEY || stored.AUTH_SECRET !== secrets.AUTH_SECRET) {
    mkdirSync(DATA_DIR, { recursive: true });
    const lines = Object.entries(secrets).map(([name, value]) => `${name}=${value}`);
    writeFileSync(FILE, `${lines.join('\n')}\n`, { mode: 0o600 });
  }
  return { secretsKey: secrets.SECRETS_KEY, authSecret: secrets.AUTH_SECRET };
}
