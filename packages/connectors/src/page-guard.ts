import { errors } from 'playwright-core';
import { AbortedError, PortalUnavailableError, throwIfAborted } from './errors';

/** Rejects with AbortedError when the signal fires; `dispose` removes the listener. */
function abortion(signal: AbortSignal) {
  let dispose = () => {};
  const promise = new Promise<never>((_, reject) => {
    const onAbort = () => reject(new AbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => signal.removeEventListener('abort', onAbort);
  });
  return { promise, dispose };
}

/**
 * Runs a browser action under the run's AbortSignal. The action races the signal, because a Playwright call
 * caught by a closing context does not always settle. Playwright's failures become connector errors: a
 * timeout or a network failure is PortalUnavailableError (worth a retry).
 */
export async function guard<T>(signal: AbortSignal, action: () => Promise<T>): Promise<T> {
  throwIfAborted(signal);
  const running = action();
  running.catch(() => {}); // it may reject after the race is decided
  const abort = abortion(signal);
  try {
    return await Promise.race([running, abort.promise]);
  } catch (error) {
    if (signal.aborted) throw new AbortedError();
    const firstLine =
      error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    if (error instanceof errors.TimeoutError) throw new PortalUnavailableError(firstLine, { cause: error });
    if (/net::ERR_|ECONNREFUSED|Target page, context or browser has been closed/.test(firstLine)) {
      throw new PortalUnavailableError(firstLine, { cause: error });
    }
    throw error;
  } finally {
    abort.dispose();
  }
}
