export { workerConfigSchema } from './config';
export { createWorker } from './worker';
