export type { Catalog, CatalogOptions, Category, Fitment, Product, Spec } from './catalog';
export {
  churnCounts,
  DAILY_CHURN,
  defaultCategoryCount,
  generateCatalog,
  MAX_CATEGORIES,
  MAX_DAY,
  MAX_PRICE,
  MAX_PRODUCTS,
  MIN_PRICE,
} from './catalog';
export type { FaultOptions } from './faults';
export { formatClp } from './html';
export { PAGE_SIZE } from './pages';
export { type SandboxOptions, SESSION_COOKIE } from './portal';
export { isValidRut, normalizeRut, rutCheckDigit } from './rut';
export { type RunningSandbox, type StartOptions, startSandbox } from './server';
export type { Truth, TruthCategory, TruthProduct } from './truth';
export { absoluteUrl, categoryPath, productPath } from './urls';
