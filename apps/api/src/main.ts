import { loadConfigOrExit } from '@syncar/runtime';
import { createApi } from './app';
import { apiConfigSchema } from './config';

const config = loadConfigOrExit(apiConfigSchema, 'api');
const api = await createApi(config);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    api.logger.info({ signal }, 'stopping');
    await api.stop();
    process.exit(0);
  });
}
