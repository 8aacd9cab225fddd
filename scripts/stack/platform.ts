import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Service, startService } from './service';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bin = (dir: string, name: string) => join(ROOT, dir, 'node_modules', '.bin', name);

export interface PlatformEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  secretsKey: string;
  authSecret: string;
  chromiumPath: string;
  /** Where api and workers keep and serve product images (default `.data/storage`). */
  storageDir?: string;
}

export interface PlatformPorts {
  sandbox: number;
  api: number;
  web: number;
  /** One health port per worker. */
  workers: number[];
}

export interface SandboxSettings {
  seed: number;
  products: number;
  rut: string;
  user: string;
  password: string;
  slowMs?: number;
  /** The demo portal's fault injection (see apps/supplier-sandbox/src/faults.ts). */
  faults?: {
    errorRate?: number;
    rateLimitEvery?: number;
    truncateRate?: number;
    sessionMaxRequests?: number;
    redesignedPaths?: string[];
  };
}

export interface PlatformOptions {
  env: PlatformEnv;
  ports: PlatformPorts;
  sandbox: SandboxSettings;
  /** Serve the web app (needs `next build` first); false for API-only stacks. */
  web: boolean;
  /** A directory for one log file per service, or 'inherit' to print prefixed lines. */
  logs: string | 'inherit';
  logLevel?: string;
  /** Extra environment for the worker processes (e.g. a short SHUTDOWN_TIMEOUT_MS in tests). */
  workerEnv?: Record<string, string>;
  /** Extra environment for the API (e.g. login limits for a suite that signs in many times). */
  apiEnv?: Record<string, string>;
}

export interface Platform {
  urls: { sandbox: string; api: string; web: string };
  services: Map<string, Service>;
  /** Stops in reverse order of start: web, api, workers (which hand back their runs), sandbox. */
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const { env, ports } = options;
  const host = '127.0.0.1';
  const urls = {
    sandbox: `http://${host}:${ports.sandbox}`,
    // The browser reaches web and API on the same host name, so cookies are shared (same site).
    api: `http://localhost:${ports.api}`,
    web: `http://localhost:${ports.web}`,
  };
  const common = {
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    REDIS_PREFIX: env.redisPrefix,
    LOG_LEVEL: options.logLevel ?? 'info',
    STORAGE_DIR: env.storageDir ?? join(ROOT, '.data', 'storage'),
  };
  const log = (name: string) => (options.logs === 'inherit' ? 'inherit' : join(options.logs, `${name}.log`));
  const tsx = bin('', 'tsx');
  const services = new Map<string, Service>();
  const started: Service[] = [];
  const launch = async (spec: Parameters<typeof startService>[0]) => {
    const service = await startService(spec);
    services.set(spec.name, service);
    started.push(service);
    return service;
  };

  try {
    await launch({
      name: 'sandbox',
      command: tsx,
      args: ['apps/supplier-sandbox/src/main.ts'],
      cwd: ROOT,
      env: {
        LOG_LEVEL: common.LOG_LEVEL,
        SANDBOX_PORT: String(ports.sandbox),
        SANDBOX_SEED: String(options.sandbox.seed),
        SANDBOX_PRODUCTS: String(options.sandbox.products),
        SANDBOX_RUT: options.sandbox.rut,
        SANDBOX_USER: options.sandbox.user,
        SANDBOX_PASSWORD: options.sandbox.password,
        ...(options.sandbox.slowMs ? { SANDBOX_SLOW_MS: String(options.sandbox.slowMs) } : {}),
        ...faultEnv(options.sandbox.faults),
      },
      readyUrl: `${urls.sandbox}/healthz`,
      log: log('sandbox'),
    });
    await launch({
      name: 'api',
      command: tsx,
      args: ['apps/api/src/main.ts'],
      cwd: ROOT,
      env: {
        ...common,
        API_PORT: String(ports.api),
        API_HOST: host,
        WEB_ORIGINS: urls.web,
        AUTH_SECRET: env.authSecret,
        SECRETS_KEY: env.secretsKey,
        ...options.apiEnv,
      },
      readyUrl: `http://${host}:${ports.api}/readyz`,
      log: log('api'),
    });
    await Promise.all(
      ports.workers.map((port, index) =>
        launch({
          name: `worker-${index + 1}`,
          command: tsx,
          args: ['apps/worker/src/main.ts'],
          cwd: ROOT,
          env: {
            ...common,
            SECRETS_KEY: env.secretsKey,
            CHROMIUM_PATH: env.chromiumPath,
            WORKER_HEALTH_PORT: String(port),
            WORKER_NAME: `worker-${index + 1}`,
            ...options.workerEnv,
          },
          readyUrl: `http://${host}:${port}/healthz`,
          log: log(`worker-${index + 1}`),
        }),
      ),
    );
    if (options.web) {
      await launch({
        name: 'web',
        command: bin('apps/web', 'next'),
        args: ['start', '-p', String(ports.web), '-H', host],
        cwd: join(ROOT, 'apps/web'),
        env: { API_PUBLIC_URL: urls.api, NODE_ENV: 'production' },
        readyUrl: `http://${host}:${ports.web}/`,
        log: log('web'),
      });
    }
  } catch (error) {
    await Promise.all(started.reverse().map((service) => service.stop(5_000)));
    throw error;
  }

  return {
    urls,
    services,
    async stop() {
      for (const service of [...started].reverse()) await service.stop();
    },
  };
}

function faultEnv(faults: SandboxSettings['faults']): Record<string, string> {
  const names = {
    errorRate: 'SANDBOX_ERROR_RATE',
    rateLimitEvery: 'SANDBOX_RATE_LIMIT_EVERY',
    truncateRate: 'SANDBOX_TRUNCATE_RATE',
    sessionMaxRequests: 'SANDBOX_SESSION_MAX_REQUESTS',
    redesignedPaths: 'SANDBOX_REDESIGNED_PATHS',
  } as const;
  return Object.fromEntries(
    Object.entries(faults ?? {}).map(([key, value]) => [names[key as keyof typeof names], String(value)]),
  );
}
