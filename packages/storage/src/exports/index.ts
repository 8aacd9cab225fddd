export * from './csv';
export * from './files';
export * from './table-writer';
export * from './writer';
export * from './xlsx';
