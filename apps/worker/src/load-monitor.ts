import { freemem, totalmem } from 'node:os';
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoadLimits {
  /** Mean event-loop delay above which the process is busier than it should be (default 50 ms). */
  maxEventLoopLagMs?: number;
  /** Share of one core this process may use before it counts as saturated (Node runs JS on one; default 0.9). */
  maxCpuRatio?: number;
  /** Resident memory of the worker process above which it must not take on more (default 1536 MB). */
  maxRssMb?: number;
  /** Share of the machine's memory that must stay free (default 0.05). */
  minFreeMemoryRatio?: number;
}

export interface LoadSample {
  eventLoopLagMs: number;
  cpuRatio: number;
  rssMb: number;
  freeMemoryRatio: number;
  /** Why the process should not take on more work now; null when it can. */
  overloaded: string | null;
}

/**
 * Samples how loaded this worker process is: event-loop lag, its own CPU time and memory, and the machine's free
 * memory. One per process: every run's pool reads the same samples (the model is Crawlee's system status).
 */
export class LoadMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private lastCpu = process.cpuUsage();
  private lastAt = performance.now();
  private latest: LoadSample = {
    eventLoopLagMs: 0,
    cpuRatio: 0,
    rssMb: 0,
    freeMemoryRatio: 1,
    overloaded: null,
  };
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly limits: LoadLimits = {}) {}

  start(intervalMs = 1000): this {
    this.histogram.enable();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    return this;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  /** The latest sample (taken every interval). */
  get current(): LoadSample {
    return this.latest;
  }

  /** Measures the time since the previous sample and keeps the result as `current`. */
  sample(): LoadSample {
    const now = performance.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const elapsedMs = Math.max(1, now - this.lastAt);
    this.lastCpu = process.cpuUsage();
    this.lastAt = now;
    const eventLoopLagMs = Number.isNaN(this.histogram.mean) ? 0 : this.histogram.mean / 1e6;
    this.histogram.reset();
    const cpuRatio = (cpu.user + cpu.system) / 1000 / elapsedMs;
    const rssMb = process.memoryUsage.rss() / 1024 / 1024;
    const freeMemoryRatio = freemem() / totalmem();
    this.latest = {
      eventLoopLagMs,
      cpuRatio,
      rssMb,
      freeMemoryRatio,
      overloaded: this.judge(eventLoopLagMs, cpuRatio, rssMb, freeMemoryRatio),
    };
    return this.latest;
  }

  private judge(lag: number, cpu: number, rss: number, free: number): string | null {
    const {
      maxEventLoopLagMs = 50,
      maxCpuRatio = 0.9,
      maxRssMb = 1536,
      minFreeMemoryRatio = 0.05,
    } = this.limits;
    if (lag > maxEventLoopLagMs) return `event loop lag ${Math.round(lag)} ms`;
    if (cpu > maxCpuRatio) return `CPU at ${Math.round(cpu * 100)} % of a core`;
    if (rss > maxRssMb) return `memory ${Math.round(rss)} MB`;
    if (free < minFreeMemoryRatio) return `machine memory ${Math.round(free * 100)} % free`;
    return null;
  }
}
