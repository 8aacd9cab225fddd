export * from './browser';
export * from './connector';
export * from './errors';
export * from './registry';
