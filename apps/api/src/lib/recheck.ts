const TICK = Symbol('tick');

/**
 * Passes a subscription's items through while calling `check` every `intervalMs`; when `check` throws (the
 * session was revoked, the user deactivated or their role changed), the subscription ends with that error.
 */
export async function* recheckWhileStreaming<T>(
  source: AsyncIterable<T>,
  check: () => Promise<void>,
  intervalMs = 5_000,
): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let pending = iterator.next();
  let timer: NodeJS.Timeout | undefined;
  try {
    for (;;) {
      const tick = new Promise<typeof TICK>((resolve) => {
        timer = setTimeout(() => resolve(TICK), intervalMs);
      });
      const next = await Promise.race([pending, tick]);
      clearTimeout(timer);
      if (next === TICK) {
        await check();
        continue;
      }
      if (next.done) return;
      yield next.value;
      pending = iterator.next();
    }
  } finally {
    clearTimeout(timer);
    void iterator.return?.()?.catch(() => {});
  }
}
