import { createLogger, loadConfigOrExit } from '@syncar/runtime';
import { workerConfigSchema } from './config';
import { createWorker } from './worker';

const config = loadConfigOrExit(workerConfigSchema, 'worker');
const logger = createLogger('worker', config.LOG_LEVEL);
const worker = await createWorker(config, logger);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing or handing back active runs');
    await worker.stop();
    process.exit(0);
  });
}
