import { type RunEvent, runEventSchema } from '@syncar/contracts';
import type { Redis } from './redis';

type Listener = (event: RunEvent) => void;

/**
 * Live run events over Redis pub/sub, one channel per run. Redis may drop messages (a reconnect, a slow
 * subscriber); PostgreSQL holds every event, and subscribers fill gaps from there using the gap-free seq.
 */
export class RunEventBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private subscriber: Redis | undefined;

  constructor(
    private readonly publisher: Redis,
    private readonly prefix: string,
    private readonly createSubscriber?: () => Redis,
  ) {}

  private channel(runId: string) {
    return `${this.prefix}:run-events:${runId}`;
  }

  async publish(event: RunEvent): Promise<void> {
    await this.publisher.publish(this.channel(event.runId), JSON.stringify(event));
  }

  private ensureSubscriber(): Redis {
    if (this.subscriber) return this.subscriber;
    if (!this.createSubscriber) throw new Error('This RunEventBus was created for publishing only');
    const subscriber = this.createSubscriber();
    subscriber.on('message', (channel: string, message: string) => {
      const runId = channel.slice(channel.lastIndexOf(':') + 1);
      const listeners = this.listeners.get(runId);
      if (!listeners) return;
      const parsed = runEventSchema.safeParse(JSON.parse(message));
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
    });
    this.subscriber = subscriber;
    return subscriber;
  }

  /** Calls `listener` for each live event of the run; resolves once Redis confirms the subscription. */
  async subscribe(runId: string, listener: Listener): Promise<() => Promise<void>> {
    const subscriber = this.ensureSubscriber();
    let listeners = this.listeners.get(runId);
    if (!listeners) {
      listeners = new Set();
      this.listeners.set(runId, listeners);
    }
    listeners.add(listener);
    await subscriber.subscribe(this.channel(runId));
    return async () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(runId) === listeners) {
        this.listeners.delete(runId);
        await subscriber.unsubscribe(this.channel(runId)).catch(() => {});
      }
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.subscriber?.disconnect();
  }
}
