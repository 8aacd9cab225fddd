export { createApi } from './app';
export type { AppRouter } from './router';
export { appRouter } from './router';
