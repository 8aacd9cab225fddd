export * from './client';
export * from './migrate';
export * from './queries/access';
export * from './queries/audit';
export * from './queries/categories';
export * from './queries/runs';
export * from './queries/suppliers';
export * from './queries/users';
