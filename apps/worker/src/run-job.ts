import { setMaxListeners } from 'node:events';
import { AbortedError, ConnectorError } from '@syncar/connectors';
import { isFinalRunStatus, JOBS, type JobName, type RunEventData } from '@syncar/contracts';
import { findRun, isRunCancelRequested } from '@syncar/db';
import { type Job, type RunEventBus, recordRunEvent } from '@syncar/queue';
import { DelayedError, UnrecoverableError } from 'bullmq';
import { keepEvidence } from './evidence';
import { processors } from './processors';
import type { WorkerServices } from './processors/types';

/** Why a run's AbortSignal fired. */
export type StopReason = 'shutdown' | 'time-limit' | 'cancel';

/** How often a running job looks for a cancel request in PostgreSQL (Redis usually delivers it at once). */
const CANCEL_POLL_MS = 2_000;

export interface ActiveRun {
  controller: AbortController;
  stop(reason: StopReason): void;
}

export interface RunJobOptions {
  services: WorkerServices;
  bus: RunEventBus;
  timeLimitMs: number;
  /** Registers the run so shutdown can stop it; returns the unregister function. */
  track(runId: string, run: ActiveRun): () => void;
}

const CANCELLED = 'cancelled on request; what was already stored is kept';

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The life of one job around its processor: the run goes running → succeeded | failed, with the reason; a
 * retryable failure goes back to queued while BullMQ retries it; a stopping worker hands the job back.
 */
export async function runJob(job: Job, token: string | undefined, options: RunJobOptions): Promise<string> {
  const name = job.name as JobName;
  const spec = JOBS[name];
  if (!spec) throw new UnrecoverableError(`unknown job ${job.name}`);
  const parsed = spec.payload.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`invalid payload for ${name}: ${parsed.error.message}`);
  const { runId } = parsed.data;
  const { services, bus } = options;
  const logger = services.logger.child({ runId, jobId: job.id, job: name });

  const run = await findRun(services.db, runId);
  if (!run) throw new UnrecoverableError(`run ${runId} does not exist`);
  if (isFinalRunStatus(run.status)) return `run already ${run.status}`;

  const report = async (data: RunEventData) => {
    await recordRunEvent(services.db, bus, runId, data, (err) =>
      logger.warn({ err }, 'run event not published'),
    );
  };

  const controller = new AbortController();
  // Every request and wait of the run listens to this signal; dozens at once is normal, not a leak.
  setMaxListeners(0, controller.signal);
  let stopReason: StopReason | undefined;
  const untrack = options.track(runId, {
    controller,
    stop(reason) {
      stopReason ??= reason;
      controller.abort(reason);
    },
  });
  const timer = setTimeout(() => {
    stopReason ??= 'time-limit';
    controller.abort('time-limit');
  }, options.timeLimitMs);
  const cancelPoll = setInterval(async () => {
    if (!controller.signal.aborted && (await isRunCancelRequested(services.db, runId).catch(() => false))) {
      stopReason ??= 'cancel';
      controller.abort('cancel');
    }
  }, CANCEL_POLL_MS);

  const attempt = job.attemptsMade + 1;
  const attempts = job.opts.attempts ?? 1;
  try {
    await report({ type: 'status', status: 'running', reason: null });
    await report({
      type: 'log',
      level: 'info',
      message: `${services.workerName} started attempt ${attempt} of ${attempts}`,
    });
    logger.info({ attempt }, 'run started');
    const processor = processors[name] as (typeof processors)[JobName];
    const summary = await processor({
      payload: parsed.data,
      runId,
      signal: controller.signal,
      services,
      logger,
      report,
    });
    await report({ type: 'log', level: 'info', message: summary });
    await report({ type: 'status', status: 'succeeded', reason: null });
    logger.info({ summary }, 'run succeeded');
    return summary;
  } catch (error) {
    logger.debug({ err: error, stopReason }, 'run stopped by an error');
    if (stopReason === 'cancel') {
      await report({ type: 'status', status: 'cancelled', reason: CANCELLED });
      logger.info('run cancelled');
      return CANCELLED;
    }
    if (stopReason === 'shutdown') {
      await report({
        type: 'status',
        status: 'queued',
        reason: 'worker stopped; the run was handed back to the queue',
      });
      logger.info('run handed back on shutdown');
      await job.moveToDelayed(Date.now(), token);
      throw new DelayedError();
    }
    if (stopReason === 'time-limit' || error instanceof AbortedError) {
      const reason = `time limit of ${Math.round(options.timeLimitMs / 60_000)} min exceeded`;
      await report({ type: 'status', status: 'failed', reason });
      throw new UnrecoverableError(reason);
    }
    await keepEvidence(services, runId, error, report);
    const message = errorMessage(error);
    const retryable =
      error instanceof ConnectorError ? error.retryable : !(error instanceof UnrecoverableError);
    if (retryable && attempt < attempts) {
      await report({
        type: 'log',
        level: 'warn',
        message: `attempt ${attempt} failed: ${message}; retrying`,
      });
      await report({ type: 'status', status: 'queued', reason: `retrying after: ${message}` });
      logger.warn({ err: error, attempt }, 'run attempt failed; will retry');
      throw error;
    }
    await report({ type: 'log', level: 'error', message });
    await report({ type: 'status', status: 'failed', reason: message });
    logger.warn({ err: error }, 'run failed');
    throw new UnrecoverableError(message);
  } finally {
    clearTimeout(timer);
    clearInterval(cancelPoll);
    untrack();
  }
}
