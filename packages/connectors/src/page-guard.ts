import { errors } from 'playwright-core';
import { AbortedError, PortalUnavailableError, throwIfAborted } from './errors';

/**
 * Runs a browser action under the run's AbortSignal and turns Playwright's failures into connector errors:
 * an abort (the context was closed under the action) becomes AbortedError, a timeout or a network failure
 * PortalUnavailableError.
 */
export async function guard<T>(signal: AbortSignal, action: () => Promise<T>): Promise<T> {
  throwIfAborted(signal);
  try {
    return await action();
  } catch (error) {
    if (signal.aborted) throw new AbortedError();
    if (error instanceof errors.TimeoutError)
      throw new PortalUnavailableError(error.message.split('\n')[0]!, { cause: error });
    if (
      error instanceof Error &&
      /net::ERR_|ECONNREFUSED|Target page, context or browser has been closed/.test(error.message)
    ) {
      throw new PortalUnavailableError(error.message.split('\n')[0]!, { cause: error });
    }
    throw error;
  }
}
