import { createServer, type Server } from 'node:http';
import { BrowserHost } from '@syncar/connectors';
import { QUEUES } from '@syncar/contracts';
import { createDb, migrateToLatest } from '@syncar/db';
import { checkEvictionPolicy, createRedis, PortalThrottle, RunControl, RunEventBus } from '@syncar/queue';
import { createLogger, SecretBox } from '@syncar/runtime';
import { LocalBlobStore } from '@syncar/storage';
import { Worker } from 'bullmq';
import type { WorkerConfig } from './config';
import { startExportsWorker } from './exports-worker';
import { LoadMonitor } from './load-monitor';
import type { WorkerServices } from './processors/types';
import { type ActiveRun, runJob } from './run-job';

export interface RunningWorker {
  healthPort: number;
  /** Stops taking jobs, lets active ones finish within the shutdown timeout, hands back the rest. */
  stop(): Promise<void>;
}

function startHealthServer(port: number, isRunning: () => boolean): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === '/healthz') {
      const ok = isRunning();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'stopped' }));
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export async function createWorker(config: WorkerConfig, logger = createLogger('worker', config.LOG_LEVEL)) {
  if (config.MIGRATE_ON_START === 'true') await migrateToLatest(config.DATABASE_URL);
  const db = createDb({ connectionString: config.DATABASE_URL, applicationName: 'syncar-worker' });
  const redis = createRedis(config.REDIS_URL);
  const warning = await checkEvictionPolicy(redis);
  if (warning) logger.warn(warning);
  const bus = new RunEventBus(redis, config.REDIS_PREFIX);
  const browser = new BrowserHost({
    executablePath: config.CHROMIUM_PATH,
    recycleAboveRssMb: config.BROWSER_MAX_RSS_MB,
  });
  const secrets = new SecretBox(config.SECRETS_KEY, config.SECRETS_KEY_PREVIOUS);
  const services: WorkerServices = {
    workerName: config.WORKER_NAME,
    db,
    browser,
    secrets,
    logger,
    storage: new LocalBlobStore(config.STORAGE_DIR),
    load: new LoadMonitor({ maxRssMb: config.WORKER_MAX_RSS_MB }).start(),
    throttle: (supplierId, requestsPerMinute) =>
      new PortalThrottle(redis, config.REDIS_PREFIX, supplierId, requestsPerMinute),
  };
  const active = new Map<string, ActiveRun>();

  const workerConnection = createRedis(config.REDIS_URL);
  const worker = new Worker(
    QUEUES.imports,
    (job, token) =>
      runJob(job, token, {
        services,
        bus,
        timeLimitMs: config.RUN_TIME_LIMIT_MS,
        track(runId, run) {
          active.set(runId, run);
          return () => active.delete(runId);
        },
      }),
    {
      connection: workerConnection,
      prefix: config.REDIS_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      name: config.WORKER_NAME,
      lockDuration: config.WORKER_LOCK_MS,
      stalledInterval: config.WORKER_LOCK_MS,
    },
  );
  worker.on('error', (err) => logger.error({ err }, 'worker error'));
  await worker.waitUntilReady();
  const exportsWorker = await startExportsWorker({
    db,
    logger,
    storageDir: config.STORAGE_DIR,
    prefix: config.REDIS_PREFIX,
    connection: createRedis(config.REDIS_URL),
    lockMs: config.WORKER_LOCK_MS,
  });
  const stopListening = await new RunControl(redis, config.REDIS_PREFIX).listen(
    createRedis(config.REDIS_URL),
    (runId) => active.get(runId)?.stop('cancel'),
  );

  let running = true;
  const health = await startHealthServer(config.WORKER_HEALTH_PORT, () => running);
  const address = health.address();
  const healthPort = typeof address === 'object' && address ? address.port : config.WORKER_HEALTH_PORT;
  logger.info(
    { worker: config.WORKER_NAME, concurrency: config.WORKER_CONCURRENCY, healthPort },
    'worker ready',
  );

  return {
    healthPort,
    async stop() {
      running = false;
      let force: NodeJS.Timeout | undefined;
      const handBack = setTimeout(() => {
        logger.info({ runs: [...active.keys()] }, 'shutdown timeout reached: handing back active runs');
        for (const run of active.values()) run.stop('shutdown');
        // Last resort: a job that still does not let go is left to BullMQ's stalled-job recovery.
        force = setTimeout(() => void worker.close(true), 10_000);
      }, config.SHUTDOWN_TIMEOUT_MS);
      await worker.close();
      clearTimeout(handBack);
      clearTimeout(force);
      await exportsWorker.close();
      logger.debug('queue worker closed; closing the browser');
      services.load.stop();
      await browser.close();
      await new Promise((resolve) => health.close(resolve));
      stopListening();
      workerConnection.disconnect();
      redis.disconnect();
      await db.destroy();
      logger.info('worker stopped');
    },
  } satisfies RunningWorker;
}
