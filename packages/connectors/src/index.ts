export * from './browser';
export * from './connector';
export type { CookieInit } from './cookie-jar';
export * from './errors';
export {
  type HttpFile,
  type HttpPage,
  HttpSession,
  type HttpSessionOptions,
  type ReadContext,
  type RequestThrottle,
  TransientPageError,
} from './http-session';
export { type FetchedImage, fetchImage, ImageRejectedError, MAX_IMAGE_BYTES, readImage } from './images';
export * from './registry';
export { parseClp, parseCount, parseYearRange, type YearRange } from './values';
