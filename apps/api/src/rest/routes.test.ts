import { initTRPC } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../router';
import type { Meta } from '../trpc';
import { restRoutes } from './routes';

const t = initTRPC.meta<Meta>().create();
const meta = (method: 'GET' | 'POST', path: `/${string}`) => ({
  openapi: { method, path, tags: ['Pruebas'], summary: 'prueba', protect: true as const },
});
const routesOf = (procedures: Parameters<typeof t.router>[0]) => () =>
  restRoutes(t.router(procedures)._def.procedures);

describe('REST routes', () => {
  it('exposes the procedures that declare .meta({ openapi }), with their path fields', () => {
    const routes = restRoutes(appRouter._def.procedures);
    const cancel = routes.find((route) => route.procedure === 'imports.cancel')!;
    expect(cancel.openapi).toMatchObject({ method: 'POST', path: '/runs/{runId}/cancel' });
    expect(cancel.pathKeys).toEqual(['runId']);
    expect(cancel.pattern.exec('/runs/abc/cancel')?.groups).toEqual({ runId: 'abc' });
    expect(cancel.pattern.test('/runs/abc/cancel/more')).toBe(false);
    // The nested catalog filters travel as query parameters through the search's REST input.
    expect(routes.find((route) => route.procedure === 'catalog.search')?.adapter).toBeDefined();
    expect(routes.some((route) => route.procedure.startsWith('apiTokens.'))).toBe(false);
  });

  it('refuses at start-up what REST cannot carry, naming the procedure', () => {
    const output = z.object({ ok: z.boolean() });
    const query = () => ({ ok: true });
    expect(
      routesOf({
        nested: t.procedure
          .meta(meta('GET', '/nested'))
          .input(z.object({ filters: z.object({ q: z.string() }) }))
          .output(output)
          .query(query),
      }),
    ).toThrow(/GET \/nested \(nested\): query field "filters"/);
    expect(
      routesOf({
        path: t.procedure
          .meta(meta('GET', '/things/{id}'))
          .input(z.object({ other: z.string() }))
          .output(output)
          .query(query),
      }),
    ).toThrow(/path field "id"/);
    expect(routesOf({ bare: t.procedure.meta(meta('GET', '/bare')).query(query) })).toThrow(
      /needs an \.output\(\)/,
    );
    expect(
      routesOf({
        a: t.procedure.meta(meta('GET', '/same')).output(output).query(query),
        b: t.procedure.meta(meta('GET', '/same')).output(output).query(query),
      }),
    ).toThrow(/declared twice/);
  });
});
