export * from './client';
export * from './migrate';
export * from './queries/categories';
export * from './queries/runs';
export * from './queries/suppliers';
