import type { AppRouter } from '@syncar/api';
import { createTRPCClient, type Operation, TRPCClientError, type TRPCLink } from '@trpc/client';
import { describe, expect, it, vi } from 'vitest';
import { type ResultObservable, resultObservable } from './observable';
import { type RefreshOutcome, refreshLink } from './refresh-link';

const unauthorized = () =>
  TRPCClientError.from({
    error: { code: -32001, message: 'Tu sesión expiró', data: { code: 'UNAUTHORIZED', httpStatus: 401 } },
  });

const ok = (data: unknown): ResultObservable =>
  resultObservable((observer) => {
    observer.next({ result: { type: 'data', data } });
    observer.complete();
    return () => {};
  });

const fail = (error: unknown): ResultObservable =>
  resultObservable((observer) => {
    observer.error(error as TRPCClientError<AppRouter>);
    return () => {};
  });

/** A client whose terminating link answers with `answer(op, attempt)`; records every operation sent. */
function setup(
  answer: (op: Operation, attempt: number) => ResultObservable,
  outcome: RefreshOutcome = 'refreshed',
) {
  const sent: Operation[] = [];
  const refresh = vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    return outcome;
  });
  const onSessionExpired = vi.fn();
  const terminating: TRPCLink<AppRouter> =
    () =>
    ({ op }) => {
      sent.push(op);
      return answer(op, sent.filter((other) => other.path === op.path).length);
    };
  const client = createTRPCClient<AppRouter>({
    links: [refreshLink({ refresh, onSessionExpired }), terminating],
  });
  return { client, sent, refresh, onSessionExpired };
}

describe('refreshLink', () => {
  it('refreshes once after UNAUTHORIZED and runs the operation again', async () => {
    const { client, refresh, sent } = setup((_, attempt) => (attempt === 1 ? fail(unauthorized()) : ok([])));
    await expect(client.suppliers.list.query()).resolves.toEqual([]);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(2);
  });

  it('shares one refresh among concurrent failures', async () => {
    let refreshed = false;
    const { client, refresh } = setup(() => (refreshed ? ok('fine') : fail(unauthorized())));
    refresh.mockImplementation(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      refreshed = true;
      return 'refreshed';
    });
    await Promise.all([client.auth.me.query(), client.suppliers.list.query(), client.roles.list.query()]);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('retries only once: a second UNAUTHORIZED is the answer', async () => {
    const { client, refresh, sent } = setup(() => fail(unauthorized()));
    await expect(client.suppliers.list.query()).rejects.toThrow('Tu sesión expiró');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(2);
  });

  it('reports the end of the session when the refresh is refused', async () => {
    const { client, onSessionExpired, sent } = setup(() => fail(unauthorized()), 'expired');
    await expect(client.users.create.mutate({} as never)).rejects.toThrow('Tu sesión expiró');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
  });

  it('does not send the user away when the API could not answer the refresh', async () => {
    const { client, onSessionExpired } = setup(() => fail(unauthorized()), 'unavailable');
    await expect(client.suppliers.list.query()).rejects.toThrow();
    expect(onSessionExpired).not.toHaveBeenCalled();
  });

  it('never refreshes for auth.login or auth.refresh, nor for other errors', async () => {
    const forbidden = TRPCClientError.from({
      error: { code: -32003, message: 'No', data: { code: 'FORBIDDEN', httpStatus: 403 } },
    });
    const { client, refresh } = setup((op) => fail(op.path === 'users.list' ? forbidden : unauthorized()));
    await expect(client.auth.login.mutate({ login: 'a', password: 'b' })).rejects.toThrow();
    await expect(client.auth.refresh.mutate()).rejects.toThrow();
    await expect(client.users.list.query({ limit: 10 })).rejects.toThrow('No');
    expect(refresh).not.toHaveBeenCalled();
  });

  it('resubscribes after the last event id it received', async () => {
    const { client, refresh, sent } = setup((_, attempt) =>
      resultObservable((observer) => {
        observer.next({ result: { type: 'started' } });
        if (attempt === 1) {
          observer.next({ result: { id: '3', data: { id: '3', data: 'third' } } });
          observer.error(unauthorized());
        } else {
          observer.next({ result: { id: '4', data: { id: '4', data: 'fourth' } } });
        }
        return () => {};
      }),
    );
    const received: unknown[] = [];
    const runId = '00000000-0000-4000-8000-000000000000';
    const subscription = client.imports.events.subscribe(
      { runId },
      { onData: (data) => received.push(data) },
    );
    await vi.waitFor(() => expect(received).toHaveLength(2));
    subscription.unsubscribe();
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(sent.map((op) => op.input)).toEqual([{ runId }, { runId, lastEventId: '3' }]);
  });
});
