import type { AppRouter } from '@syncar/api';
import type { OperationLink } from '@trpc/client';

/** What a link hands back to the links before it. */
export type ResultObservable = ReturnType<OperationLink<AppRouter>>;
export type ResultObserver = Required<Parameters<ResultObservable['subscribe']>[0]>;

/**
 * A minimal version of tRPC's `observable()` (from `@trpc/server`, which the web app does not depend on): the
 * producer runs on subscribe and returns its teardown; nothing is delivered after an error, completion or
 * unsubscribe, and the teardown runs exactly once.
 */
export function resultObservable(producer: (observer: ResultObserver) => () => void): ResultObservable {
  const self = {
    subscribe(observer: Partial<ResultObserver>) {
      let done = false;
      let teardown: (() => void) | null = null;
      let unsubscribed = false;
      const unsubscribe = () => {
        if (unsubscribed) return;
        unsubscribed = true;
        done = true;
        teardown?.();
      };
      teardown = producer({
        next: (value) => {
          if (!done) observer.next?.(value);
        },
        error: (error) => {
          if (done) return;
          done = true;
          observer.error?.(error);
          unsubscribe();
        },
        complete: () => {
          if (done) return;
          done = true;
          observer.complete?.();
          unsubscribe();
        },
      });
      // The producer may have finished synchronously, before its teardown was known.
      if (unsubscribed) teardown();
      return { unsubscribe };
    },
    pipe(...operators: Array<(source: unknown) => unknown>): unknown {
      return operators.reduce((source, operator) => operator(source), self as unknown);
    },
  };
  return self as unknown as ResultObservable;
}
