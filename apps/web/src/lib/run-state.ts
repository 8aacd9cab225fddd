import type { ImportRun, RunEvent, RunEventData, RunStatus } from '@syncar/contracts';

/** Statuses after which a run never changes again. */
export const FINAL_STATUSES: ReadonlySet<RunStatus> = new Set(['succeeded', 'failed', 'cancelled']);
export const isFinalStatus = (status: RunStatus) => FINAL_STATUSES.has(status);
export const isFinalEvent = (event: RunEvent) =>
  event.data.type === 'status' && isFinalStatus(event.data.status);

/** A run only moves forward: queued → running → a final status. */
const STATUS_RANK: Record<RunStatus, number> = {
  queued: 0,
  running: 1,
  succeeded: 2,
  failed: 2,
  cancelled: 2,
};

/** The category a products run is walking (1-based index), as its progress events report it. */
export type RunCategory = NonNullable<Extract<RunEventData, { type: 'progress' }>['category']>;

export interface RunView {
  status: RunStatus;
  reason: string | null;
  step: string | null;
  /** From the latest progress event: null when it names none (another step, or a categories run). */
  category: RunCategory | null;
  done: number;
  total: number | null;
  /** 0 to 100; 100 once the run succeeded. */
  percent: number;
  /** Log lines written at level warn and error. */
  warnings: number;
  errors: number;
}

/**
 * What the panel shows: the run as last read, overtaken by its events in order. While a replay is still arriving,
 * an early event never takes the view back (a run already read as succeeded does not flash "queued").
 */
export function deriveRunView(run: ImportRun, events: readonly RunEvent[]): RunView {
  let { status, reason } = run;
  let done = run.progressDone;
  let total = run.progressTotal;
  let step: string | null = null;
  let category: RunCategory | null = null;
  let warnings = 0;
  let errors = 0;
  for (const { data } of events) {
    if (data.type === 'status' && STATUS_RANK[data.status] >= STATUS_RANK[status]) {
      status = data.status;
      reason = data.reason;
    } else if (data.type === 'progress') {
      step = data.step;
      category = data.category ?? null;
      if (data.done >= done || data.total !== total) {
        done = data.done;
        total = data.total;
      }
    } else if (data.type === 'log') {
      if (data.level === 'warn') warnings++;
      else if (data.level === 'error') errors++;
    }
  }
  return {
    status,
    reason,
    step,
    category,
    done,
    total,
    percent: percentOf(status, done, total),
    warnings,
    errors,
  };
}

function percentOf(status: RunStatus, done: number, total: number | null): number {
  if (status === 'succeeded') return 100;
  if (!total) return 0;
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)));
}
