export * from './browser';
export * from './connector';
export type { CookieInit } from './cookie-jar';
export * from './errors';
export {
  type HttpPage,
  HttpSession,
  type HttpSessionOptions,
  type ReadContext,
  type RequestThrottle,
  TransientPageError,
} from './http-session';
export * from './registry';
export { parseClp, parseCount, parseYearRange, type YearRange } from './values';
