import type { ImportRun, RunEvent, RunEventData } from '@syncar/contracts';
import { describe, expect, it } from 'vitest';
import { deriveRunView } from './run-state';

const RUN_ID = '00000000-0000-4000-8000-000000000001';
const run = (overrides: Partial<ImportRun> = {}): ImportRun => ({
  id: RUN_ID,
  supplierId: '00000000-0000-4000-8000-000000000002',
  supplierName: 'Demo',
  kind: 'products',
  status: 'queued',
  reason: null,
  progressDone: 0,
  progressTotal: null,
  stats: null,
  createdAt: new Date(0),
  startedAt: null,
  finishedAt: null,
  ...overrides,
});
const events = (...data: RunEventData[]): RunEvent[] =>
  data.map((d, i) => ({ runId: RUN_ID, seq: i + 1, at: new Date(i * 1000), data: d }));

describe('deriveRunView', () => {
  it('follows the category of the latest progress event', () => {
    const category = { index: 2, count: 5, name: 'Frenos' };
    const view = deriveRunView(
      run(),
      events(
        { type: 'status', status: 'running', reason: null },
        { type: 'progress', step: 'login', done: 0, total: 500 },
        { type: 'progress', step: 'products', done: 0, total: 500, category: { ...category, index: 1 } },
        { type: 'progress', step: 'products', done: 120, total: 500, category },
      ),
    );
    expect(view).toMatchObject({
      status: 'running',
      step: 'products',
      category,
      done: 120,
      total: 500,
      percent: 24,
    });
  });

  it('has no category when the latest progress names none', () => {
    const view = deriveRunView(
      run(),
      events(
        {
          type: 'progress',
          step: 'products',
          done: 5,
          total: 10,
          category: { index: 1, count: 1, name: 'X' },
        },
        { type: 'progress', step: 'store', done: 10, total: 10 },
      ),
    );
    expect(view.category).toBeNull();
  });

  it('counts warnings and errors of the log', () => {
    const view = deriveRunView(
      run(),
      events(
        { type: 'log', level: 'info', message: 'a' },
        { type: 'log', level: 'warn', message: 'b' },
        { type: 'log', level: 'warn', message: 'c' },
        { type: 'log', level: 'error', message: 'd' },
      ),
    );
    expect(view).toMatchObject({ warnings: 2, errors: 1 });
  });

  it('shows a cancelled run with its reason, and 100 % only for a run that succeeded', () => {
    const cancelled = deriveRunView(
      run({ status: 'running', progressDone: 3, progressTotal: 10 }),
      events({ type: 'status', status: 'cancelled', reason: 'cancelled by admin' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', reason: 'cancelled by admin', percent: 30 });
    const succeeded = deriveRunView(run({ status: 'succeeded', progressDone: 3, progressTotal: 10 }), []);
    expect(succeeded.percent).toBe(100);
  });

  it('never goes back to an earlier status while a replay arrives', () => {
    const view = deriveRunView(
      run({ status: 'succeeded' }),
      events({ type: 'status', status: 'queued', reason: null }),
    );
    expect(view.status).toBe('succeeded');
  });
});
