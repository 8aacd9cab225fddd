import type { QueueName } from '@syncar/contracts';
import type { Db } from '@syncar/db';
import type { Queue, RunEventBus } from '@syncar/queue';
import type { Logger } from '@syncar/runtime';

/** Long-lived services every procedure may use. */
export interface ApiServices {
  db: Db;
  queues: Record<QueueName, Queue>;
  events: RunEventBus;
  logger: Logger;
}

export interface Context extends ApiServices {
  requestId: string;
  ip: string | null;
}
