/** What the pool asks before taking on more work: why the process is overloaded, or null. */
export interface LoadSource {
  readonly current: { overloaded: string | null };
}

export interface AdaptivePoolOptions {
  /** The supplier's "concurrent requests" setting: never more in flight than this. */
  max: number;
  load: LoadSource;
  /** How often the limit is reconsidered (default 1 s). */
  intervalMs?: number;
  onChange?: (change: { from: number; to: number; reason: string }) => void;
}

/**
 * Runs a run's requests with a concurrency that follows the worker's load, within the supplier's bound: every
 * interval the limit goes down one step while the process is overloaded (event-loop lag, CPU, memory), and up
 * one step while all slots were busy and work was waiting. Starts half way, as a guess neither rude nor slow.
 */
export class AdaptivePool {
  private limitNow: number;
  private active = 0;
  private saturated = false;
  private readonly waiting: Array<() => void> = [];
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: AdaptivePoolOptions) {
    this.limitNow = Math.max(1, Math.ceil(options.max / 2));
    this.timer = setInterval(() => this.adjust(), options.intervalMs ?? 1000);
    this.timer.unref();
  }

  get limit(): number {
    return this.limitNow;
  }

  /** Reconsiders the limit from the load and from whether work waited since the last time. */
  adjust(): void {
    const overloaded = this.options.load.current.overloaded;
    const from = this.limitNow;
    if (overloaded && from > 1) this.setLimit(from - 1, overloaded);
    else if (!overloaded && this.saturated && from < this.options.max)
      this.setLimit(from + 1, 'work waiting');
    this.saturated = this.waiting.length > 0;
  }

  private setLimit(to: number, reason: string): void {
    const from = this.limitNow;
    this.limitNow = to;
    this.options.onChange?.({ from, to, reason });
    this.drain();
  }

  private drain(): void {
    while (this.active < this.limitNow && this.waiting.length) {
      this.active++;
      this.waiting.shift()!();
    }
  }

  /** Runs `task` when a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active < this.limitNow) this.active++;
    else {
      this.saturated = true;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      this.active--;
      this.drain();
    }
  }

  /**
   * Maps items through the pool, keeping their order. After a failure no further item starts; the first
   * error is thrown once the items already started have settled.
   */
  async map<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
    let failed = false;
    const settled = await Promise.allSettled(
      items.map((item) =>
        this.run(async () => {
          if (failed) throw new SkippedAfterFailure();
          try {
            return await fn(item);
          } catch (error) {
            failed = true;
            throw error;
          }
        }),
      ),
    );
    const failure = settled.find(
      (result): result is PromiseRejectedResult =>
        result.status === 'rejected' && !(result.reason instanceof SkippedAfterFailure),
    );
    if (failure) throw failure.reason;
    return settled.map((result) => (result as PromiseFulfilledResult<R>).value);
  }

  close(): void {
    clearInterval(this.timer);
  }
}

class SkippedAfterFailure extends Error {}
