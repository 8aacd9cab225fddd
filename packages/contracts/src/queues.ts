/** BullMQ queue names. One queue per kind of work so each can be paused and scaled apart. */
export const QUEUES = {
  imports: 'imports',
  exports: 'exports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
