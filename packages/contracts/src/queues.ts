/** BullMQ queue names. One queue per kind of work so each can be paused and scaled apart. */
export const QUEUES = {
  imports: 'imports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
