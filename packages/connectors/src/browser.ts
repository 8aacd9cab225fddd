import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { throwIfAborted } from './errors';
import { descendantsOf, processName, residentMemoryOf } from './process-tree';

/** Flags that make Debian's Chromium start headless as root on a machine without outbound network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserHostOptions {
  executablePath: string;
  /** Relaunch the browser after this many contexts: long-lived browsers grow. */
  recycleAfterContexts?: number;
  /** Relaunch it also once its processes use more than this much memory (MB; default 1024). */
  recycleAboveRssMb?: number;
  /** Close the browser once no run has used it for this long (default 60 s): an idle Chromium holds ~0.5 GB. */
  closeWhenIdleMs?: number;
}

/**
 * One Chromium per worker process, launched on first use and shared by its jobs. Each job gets its own
 * context (cookies, storage), closed when the job ends; the browser is recycled after a number of contexts.
 */
export class BrowserHost {
  private browser: Promise<Browser> | undefined;
  private contextsServed = 0;
  private openContexts = 0;
  private launches = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: BrowserHostOptions) {}

  private async launch(): Promise<Browser> {
    this.launches++;
    const browser = await chromium.launch({
      executablePath: this.options.executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      // The worker decides when the browser closes: on SIGTERM it first lets runs finish or hands them back.
      handleSIGTERM: false,
      handleSIGINT: false,
      handleSIGHUP: false,
    });
    browser.on('disconnected', () => {
      this.browser = undefined;
    });
    return browser;
  }

  private async current(): Promise<Browser> {
    clearTimeout(this.idleTimer);
    if (this.browser && this.openContexts === 0 && (this.servedEnough() || this.grownTooLarge())) {
      const old = this.browser;
      this.browser = undefined;
      this.contextsServed = 0;
      await (await old).close().catch(() => {});
    }
    this.browser ??= this.launch().catch((error) => {
      this.browser = undefined;
      throw error;
    });
    return this.browser;
  }

  private servedEnough(): boolean {
    return this.contextsServed >= (this.options.recycleAfterContexts ?? 50);
  }

  /** Chromium's processes are this worker's descendants: one browser per worker process. */
  private grownTooLarge(): boolean {
    const limitBytes = (this.options.recycleAboveRssMb ?? 1024) * 1024 * 1024;
    return this.memoryBytes() > limitBytes;
  }

  /** Resident memory of the browser's processes summed (an upper bound: shared pages count more than once). */
  memoryBytes(): number {
    return residentMemoryOf(descendantsOf(process.pid).filter((pid) => /chrom/i.test(processName(pid))));
  }

  /** A fresh context; `close` it when done (the signal closes it too, which aborts pending page actions). */
  async newContext(options: { ignoreHTTPSErrors?: boolean; signal: AbortSignal }): Promise<BrowserContext> {
    throwIfAborted(options.signal);
    const browser = await this.current();
    throwIfAborted(options.signal);
    const context = await browser.newContext({ ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false });
    this.contextsServed++;
    this.openContexts++;
    const onAbort = () => void context.close().catch(() => {});
    options.signal.addEventListener('abort', onAbort, { once: true });
    context.on('close', () => {
      this.openContexts--;
      options.signal.removeEventListener('abort', onAbort);
      if (this.openContexts === 0) this.closeWhenIdle();
    });
    return context;
  }

  private closeWhenIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.openContexts === 0) void this.close();
    }, this.options.closeWhenIdleMs ?? 60_000);
    this.idleTimer.unref();
  }

  get stats() {
    return { launched: this.browser !== undefined, openContexts: this.openContexts, launches: this.launches };
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser).close().catch(() => {});
  }
}
