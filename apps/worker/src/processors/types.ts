import type { BrowserHost } from '@syncar/connectors';
import type { JobName, JobPayload, RunEventData } from '@syncar/contracts';
import type { Db } from '@syncar/db';
import type { Logger, SecretBox } from '@syncar/runtime';

export interface WorkerServices {
  /** This worker process's name, shown in run logs. */
  workerName: string;
  db: Db;
  browser: BrowserHost;
  secrets: SecretBox;
  logger: Logger;
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
