import {
  AccessTokens,
  ApiTokenRateLimiter,
  createSuperAdmin,
  DEFAULT_LOGIN_LIMITS,
  LoginRateLimiter,
  RefreshSessions,
} from '@syncar/auth';
import { QUEUES } from '@syncar/contracts';
import { createDb, migrateToLatest } from '@syncar/db';
import { checkEvictionPolicy, createQueue, createRedis, RunControl, RunEventBus } from '@syncar/queue';
import { createLogger, type Logger, SecretBox } from '@syncar/runtime';
import { LocalBlobStore } from '@syncar/storage';
import { ExportFileStore } from '@syncar/storage/exports';
import type { ApiConfig } from './config';
import type { ApiServices } from './context';
import { createApiServer } from './server';

export interface RunningApi {
  url: string;
  port: number;
  logger: Logger;
  services: ApiServices;
  stop(): Promise<void>;
}

const isLocalDevelopment = (origins: readonly string[]) =>
  origins.every((origin) => /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin));

/** The API's long-lived services, built from its configuration; `close` releases them. */
export async function createApiServices(config: ApiConfig, logger: Logger) {
  const db = createDb({ connectionString: config.DATABASE_URL, applicationName: 'syncar-api' });
  const redis = createRedis(config.REDIS_URL);
  const warning = await checkEvictionPolicy(redis);
  if (warning) logger.warn(warning);
  const events = new RunEventBus(redis, config.REDIS_PREFIX, () => createRedis(config.REDIS_URL));
  const queues = {
    [QUEUES.imports]: createQueue(QUEUES.imports, { connection: redis, prefix: config.REDIS_PREFIX }),
    [QUEUES.exports]: createQueue(QUEUES.exports, { connection: redis, prefix: config.REDIS_PREFIX }),
  };
  const services: ApiServices = {
    db,
    queues,
    events,
    control: new RunControl(redis, config.REDIS_PREFIX),
    logger,
    auth: {
      tokens: new AccessTokens(config.AUTH_SECRET, config.ACCESS_TOKEN_TTL_SECONDS),
      sessions: new RefreshSessions(db, config.REFRESH_TOKEN_TTL_SECONDS),
      limiter: new LoginRateLimiter(redis, config.REDIS_PREFIX, {
        ...DEFAULT_LOGIN_LIMITS,
        perIp: config.LOGIN_MAX_PER_IP,
        perAccount: config.LOGIN_MAX_PER_ACCOUNT,
      }),
      apiTokenLimiter: new ApiTokenRateLimiter(redis, config.REDIS_PREFIX, config.API_TOKEN_RATE_PER_MINUTE),
      cookieSecure:
        config.COOKIE_SECURE === 'auto'
          ? !isLocalDevelopment(config.WEB_ORIGINS)
          : config.COOKIE_SECURE === 'true',
    },
    secrets: new SecretBox(config.SECRETS_KEY),
    allowedOrigins: config.WEB_ORIGINS,
    trustProxy: config.TRUST_PROXY === 'true',
  };
  return {
    services,
    pingRedis: () => redis.ping(),
    async close() {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await events.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}

/** Migrates, creates the configured first admin if any, and starts listening. */
export async function createApi(
  config: ApiConfig,
  logger = createLogger('api', config.LOG_LEVEL),
): Promise<RunningApi> {
  if (config.MIGRATE_ON_START === 'true') {
    const applied = await migrateToLatest(config.DATABASE_URL);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const { services, pingRedis, close } = await createApiServices(config, logger);
  if (config.SYNCAR_ADMIN_USERNAME && config.SYNCAR_ADMIN_EMAIL && config.SYNCAR_ADMIN_PASSWORD) {
    const admin = await createSuperAdmin(services.db, {
      username: config.SYNCAR_ADMIN_USERNAME,
      email: config.SYNCAR_ADMIN_EMAIL,
      password: config.SYNCAR_ADMIN_PASSWORD,
    });
    if (admin.created)
      logger.info({ username: admin.username }, 'first Super Admin created from the environment');
  }
  const api = createApiServer({
    services,
    pingRedis,
    media: new LocalBlobStore(config.STORAGE_DIR),
    exportFiles: new ExportFileStore(config.STORAGE_DIR),
  });
  await new Promise<void>((resolve, reject) => {
    api.server.once('error', reject);
    api.server.listen(config.API_PORT, config.API_HOST, () => resolve());
  });
  const address = api.server.address();
  const port = typeof address === 'object' && address ? address.port : config.API_PORT;
  const url = `http://${config.API_HOST}:${port}`;
  logger.info({ url }, 'api listening');

  return {
    url,
    port,
    logger,
    services,
    async stop() {
      await api.close();
      await close();
    },
  };
}
