import type { Redis } from './redis';

/**
 * Cancel requests to whichever worker process runs a run, over Redis pub/sub. Workers also poll PostgreSQL for
 * the same request, so a message lost by Redis only delays a cancel, never loses it.
 */
export class RunControl {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private get channel() {
    return `${this.prefix}:run-control`;
  }

  async requestCancel(runId: string): Promise<void> {
    await this.redis.publish(this.channel, JSON.stringify({ type: 'cancel', runId }));
  }

  /** Calls `onCancel(runId)` for every cancel request; resolves once subscribed. Returns a stop function. */
  async listen(subscriber: Redis, onCancel: (runId: string) => void): Promise<() => void> {
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      try {
        const parsed = JSON.parse(message) as { type?: string; runId?: string };
        if (parsed.type === 'cancel' && typeof parsed.runId === 'string') onCancel(parsed.runId);
      } catch {
        // not ours
      }
    });
    await subscriber.subscribe(this.channel);
    return () => subscriber.disconnect();
  }
}
