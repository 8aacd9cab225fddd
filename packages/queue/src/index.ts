export type { Job, Queue } from 'bullmq';
export * from './portal-throttle';
export * from './queues';
export * from './redis';
export * from './run-control';
export * from './run-event-bus';
export * from './run-recorder';
