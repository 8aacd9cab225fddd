import type { BrowserHost, RequestThrottle } from '@syncar/connectors';
import type { JobName, JobPayload, RunEventData } from '@syncar/contracts';
import type { Db } from '@syncar/db';
import type { Logger, SecretBox } from '@syncar/runtime';
import type { BlobStore } from '@syncar/storage';
import type { LoadMonitor } from '../load-monitor';

export interface WorkerServices {
  /** This worker process's name, shown in run logs. */
  workerName: string;
  db: Db;
  browser: BrowserHost;
  secrets: SecretBox;
  logger: Logger;
  /** Where downloaded product images and their thumbnails are kept. */
  storage: BlobStore;
  /** How loaded this worker process is; runs scale their request concurrency to it. */
  load: LoadMonitor;
  /** The pace of requests to a supplier's portal, shared with every other worker. */
  throttle(supplierId: string, requestsPerMinute: number | null): RequestThrottle;
}

export interface ProcessorContext<N extends JobName> {
  payload: JobPayload<N>;
  runId: string;
  /** Fires on cancel, shutdown or time limit; every step must stop promptly when it does. */
  signal: AbortSignal;
  services: WorkerServices;
  logger: Logger;
  /** Records a run event (PostgreSQL, then Redis). */
  report(data: RunEventData): Promise<void>;
}

/** Does the work of one job kind and returns a one-line summary for the run's final event. */
export type Processor<N extends JobName> = (context: ProcessorContext<N>) => Promise<string>;
