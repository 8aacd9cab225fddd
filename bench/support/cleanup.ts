/**
 * What the bench must undo (processes, browser, database, Redis keys), undone in reverse order on success, on
 * failure and on Ctrl-C / SIGTERM alike.
 */
const steps: Array<{ name: string; run: () => Promise<unknown> | unknown }> = [];
let interrupted = false;

/** Registers a step; the returned function runs it now and unregisters it. */
export function onCleanup(name: string, run: () => Promise<unknown> | unknown): () => Promise<void> {
  const step = { name, run };
  steps.push(step);
  return async () => {
    const index = steps.indexOf(step);
    if (index === -1) return;
    steps.splice(index, 1);
    await step.run();
  };
}

export async function cleanUp(): Promise<void> {
  for (let step = steps.pop(); step; step = steps.pop()) {
    try {
      await step.run();
    } catch (error) {
      console.error(`cleanup: ${step.name} failed:`, error);
    }
  }
}

/** True once a signal started the cleanup: errors of the interrupted work are then expected. */
export const wasInterrupted = () => interrupted;

export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: stopping processes, dropping the database and the Redis keys...`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}
