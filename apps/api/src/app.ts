import { QUEUES } from '@syncar/contracts';
import { createDb, migrateToLatest } from '@syncar/db';
import { checkEvictionPolicy, createQueue, createRedis, RunEventBus } from '@syncar/queue';
import { createLogger, type Logger } from '@syncar/runtime';
import type { ApiConfig } from './config';
import { createApiServer } from './server';

export interface RunningApi {
  url: string;
  port: number;
  logger: Logger;
  stop(): Promise<void>;
}

/** Wires the API's services from its configuration and starts listening. */
export async function createApi(
  config: ApiConfig,
  logger = createLogger('api', config.LOG_LEVEL),
): Promise<RunningApi> {
  if (config.MIGRATE_ON_START === 'true') {
    const applied = await migrateToLatest(config.DATABASE_URL);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const db = createDb({ connectionString: config.DATABASE_URL, applicationName: 'syncar-api' });
  const redis = createRedis(config.REDIS_URL);
  const warning = await checkEvictionPolicy(redis);
  if (warning) logger.warn(warning);
  const events = new RunEventBus(redis, config.REDIS_PREFIX, () => createRedis(config.REDIS_URL));
  const queues = {
    [QUEUES.imports]: createQueue(QUEUES.imports, { connection: redis, prefix: config.REDIS_PREFIX }),
  };

  const api = createApiServer({
    services: { db, queues, events, logger },
    pingRedis: () => redis.ping(),
    allowedOrigins: config.WEB_ORIGINS,
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
    async stop() {
      await api.close();
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
      await events.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}
