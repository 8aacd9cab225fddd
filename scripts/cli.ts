// `pnpm syncar <command>`: administration from a shell on the server. Nothing here is reachable over HTTP.
import { parseArgs } from 'node:util';
import { createSuperAdmin, resetPasswordOf } from '@syncar/auth';
import { createDb, migrateToLatest, resealSupplierSecrets } from '@syncar/db';
import { generateSecretsKey, SecretBox } from '@syncar/runtime';

const USAGE = `usage: pnpm syncar <command>

  users:create-admin --username NAME --email EMAIL
      Creates a Super Admin with a generated password, printed once.
  users:reset-password --login NAME_OR_EMAIL
      Sets a new generated password, printed once, and ends the user's sessions.
  secrets:generate
      Prints a new random key for SECRETS_KEY or AUTH_SECRET.
  secrets:rotate
      Re-encrypts every supplier secret under SECRETS_KEY. Put the old key in SECRETS_KEY_PREVIOUS first.

Uses DATABASE_URL, and SECRETS_KEY / SECRETS_KEY_PREVIOUS for secrets:rotate.`;

function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required`);
    process.exit(78);
  }
  return value;
}

const [command, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: { username: { type: 'string' }, email: { type: 'string' }, login: { type: 'string' } },
  allowPositionals: true,
});

async function withDb<T>(work: (db: ReturnType<typeof createDb>) => Promise<T>): Promise<T> {
  const url = required('DATABASE_URL');
  await migrateToLatest(url);
  const db = createDb({ connectionString: url, max: 1, applicationName: 'syncar-cli' });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

switch (command) {
  case 'users:create-admin': {
    if (!values.username || !values.email) {
      console.error('--username and --email are required');
      process.exit(2);
    }
    const result = await withDb((db) =>
      createSuperAdmin(db, { username: values.username!, email: values.email! }),
    );
    if (!result.created) {
      console.error(`A user named ${result.username} (or with that email) already exists; nothing changed.`);
      process.exit(1);
    }
    console.log(`Super Admin "${result.username}" created. Password (shown only now): ${result.password}`);
    break;
  }
  case 'users:reset-password': {
    if (!values.login) {
      console.error('--login is required');
      process.exit(2);
    }
    const password = await withDb((db) => resetPasswordOf(db, values.login!));
    if (!password) {
      console.error(`No user ${values.login}`);
      process.exit(1);
    }
    console.log(`New password for ${values.login} (shown only now): ${password}`);
    break;
  }
  case 'secrets:generate':
    console.log(generateSecretsKey());
    break;
  case 'secrets:rotate': {
    const previous = (process.env.SECRETS_KEY_PREVIOUS ?? '').split(',').filter(Boolean);
    const box = new SecretBox(required('SECRETS_KEY'), previous);
    const count = await withDb((db) =>
      resealSupplierSecrets(db, box.currentKeyId, (value) => box.seal(box.open(value))),
    );
    console.log(`${count} secret(s) re-encrypted under key ${box.currentKeyId}`);
    break;
  }
  default:
    console.error(USAGE);
    process.exit(command ? 2 : 0);
}
