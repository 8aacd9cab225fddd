import { afterEach, describe, expect, it } from 'vitest';
import type { FaultOptions } from './faults';
import { type RunningSandbox, startSandbox } from './server';
import { CREDENTIALS, client } from './test-client';

let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(faults: FaultOptions) {
  sandbox = await startSandbox({ port: 0, seed: 3, products: 30, credentials: CREDENTIALS, faults });
  return sandbox;
}

describe('fault injection', () => {
  it('answers every Nth portal request with 429 and Retry-After, never the control endpoints', async () => {
    const { url } = await start({ rateLimitEvery: 3, retryAfterSeconds: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${url}/login`);
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get('retry-after')).toBe('2');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
  });

  it('fails portal requests with 5xx at the error rate', async () => {
    const { url } = await start({ errorRate: 1 });
    for (let i = 0; i < 5; i++) expect([500, 502, 503]).toContain((await fetch(`${url}/login`)).status);
    expect((await fetch(`${url}/__truth`)).status).toBe(200);
  });

  it('cuts HTML pages short at the truncation rate', async () => {
    const { url } = await start({ truncateRate: 1 });
    const response = await fetch(`${url}/login`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain('</html>');
  });

  it('slows portal pages down', async () => {
    const { url } = await start({ slowMs: 150 });
    const started = performance.now();
    await fetch(`${url}/login`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('expires a session after a number of requests', async () => {
    const { url } = await start({ sessionMaxRequests: 2 });
    const portal = client(url);
    await portal.login();
    expect((await portal.get('/portal')).status).toBe(200);
    expect((await portal.get('/categorias')).status).toBe(200);
    const expired = await portal.get('/categorias');
    expect(expired.status).toBe(302);
    expect(expired.headers.get('location')).toBe('/login');
    expect((await portal.get('/categorias')).status).toBe(302);
  });
});
