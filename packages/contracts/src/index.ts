export * from './categories';
export * from './events';
export * from './imports';
export * from './jobs';
export * from './permissions';
export * from './queues';
export * from './rut';
export * from './suppliers';
