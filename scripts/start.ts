// `npm start`: everything SYNCAR needs on this machine, with a demo supplier, until Ctrl-C.
import { join } from 'node:path';
import { DEMO_SANDBOX, demoSupplier } from './demo';
import { DATA_DIR, ensureDatabase, portIsFree, resolveEnvironment } from './env';
import { localSecrets } from './secrets-file';
import { type Platform, startPlatform } from './stack/platform';
import { ensureDemoAdmin, seedDemoSuppliers } from './stack/seed';
import { buildWebIfChanged } from './stack/web-build';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ports = {
  web: port('WEB_PORT', 3000),
  api: port('API_PORT', 4000),
  sandbox: port('SANDBOX_PORT', 4100),
  workers: [port('WORKER_HEALTH_PORT', 4001), port('WORKER_HEALTH_PORT', 4001) + 1],
};

for (const [name, value] of Object.entries({ ...ports, workers: undefined })) {
  if (typeof value === 'number' && !(await portIsFree(value))) {
    console.error(`Port ${value} (${name}) is in use. Stop what uses it or set ${name.toUpperCase()}_PORT.`);
    process.exit(1);
  }
}

const environment = await resolveEnvironment();
let platform: Platform | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping SYNCAR...');
  await platform?.stop();
  await environment.release();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  const databaseUrl = process.env.DATABASE_URL ?? (await ensureDatabase(environment.postgres.url, 'syncar'));
  const { secretsKey, authSecret } = localSecrets();
  const sandboxUrl = `http://127.0.0.1:${ports.sandbox}`;
  await seedDemoSuppliers(databaseUrl, secretsKey, [demoSupplier(sandboxUrl)]);
  const admin = await ensureDemoAdmin(databaseUrl);
  buildWebIfChanged();
  platform = await startPlatform({
    env: {
      databaseUrl,
      redisUrl: environment.redis.url,
      redisPrefix: process.env.REDIS_PREFIX ?? 'syncar',
      secretsKey,
      authSecret,
      chromiumPath: environment.chromiumPath,
    },
    ports,
    sandbox: DEMO_SANDBOX,
    web: true,
    logs: process.env.SYNCAR_LOGS === 'inherit' ? 'inherit' : join(DATA_DIR, 'logs'),
  });
  console.log(`
SYNCAR is running. Press Ctrl-C to stop everything.

  Web app            ${platform.urls.web}
  API (tRPC)         ${platform.urls.api}/trpc   health: ${platform.urls.api}/healthz  ${platform.urls.api}/readyz
  Workers            2 (health on ports ${ports.workers.join(', ')})
  Demo supplier      ${platform.urls.sandbox}  (RUT ${DEMO_SANDBOX.rut}, user ${DEMO_SANDBOX.user}, password ${DEMO_SANDBOX.password})
  Sign in            ${admin.password ? `user ${admin.username}, password ${admin.password}  (shown only this once)` : `as your Super Admin (forgot the password? pnpm syncar users:reset-password --login ${admin.username})`}
  Logs               ${process.env.SYNCAR_LOGS === 'inherit' ? 'this terminal' : join(DATA_DIR, 'logs')}
`);
  for (const service of platform.services.values()) {
    void service.exited.then((code) => {
      if (!stopping) {
        console.error(`${service.name} exited unexpectedly (code ${code}); see its log. Stopping.`);
        void shutdown(1);
      }
    });
  }
} catch (error) {
  console.error(`Could not start SYNCAR: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
