export * from './admin';
export * from './api-tokens';
export * from './cookies';
export * from './passwords';
export * from './policy';
export * from './rate-limit';
export * from './sessions';
export * from './tokens';
