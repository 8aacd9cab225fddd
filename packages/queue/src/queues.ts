import { JOBS, type JobName, type JobPayload, type QueueName } from '@syncar/contracts';
import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from './redis';

export interface QueueSettings {
  connection: Redis;
  /** Redis key prefix: separates installations (and test runs) sharing one Redis. */
  prefix: string;
}

export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 5_000 },
  removeOnFail: { age: 30 * 24 * 3600, count: 10_000 },
};

export function createQueue(name: QueueName, settings: QueueSettings): Queue {
  return new Queue(name, {
    connection: settings.connection,
    prefix: settings.prefix,
    defaultJobOptions: DEFAULT_JOB_OPTIONS,
  });
}

/**
 * Adds a job after validating its payload against the contract. `jobId` makes enqueueing idempotent: a run is
 * enqueued at most once however often this is called for it.
 */
export async function enqueueJob<N extends JobName>(
  queues: Record<QueueName, Queue>,
  name: N,
  payload: JobPayload<N>,
  options: JobsOptions & { jobId: string },
) {
  const spec = JOBS[name];
  const data = spec.payload.parse(payload);
  return queues[spec.queue].add(name, data, options);
}
