export { createApi, createApiServices } from './app';
export { apiConfigSchema } from './config';
export type { ApiServices, Context } from './context';
export type { AppRouter } from './router';
export { appRouter } from './router';
export { createCallerFactory } from './trpc';
