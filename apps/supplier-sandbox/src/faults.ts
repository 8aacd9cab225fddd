import { setTimeout as sleep } from 'node:timers/promises';
import { type Handler, htmlResponse } from './http';
import { errorPage, redesignedPage } from './pages';
import { mixSeed, mulberry32, pick } from './random';

/** Misbehaviour a real portal shows, to test a scraper's resilience. Every fault is off by default. */
export interface FaultOptions {
  /** Share (0-1) of portal requests answered with a 500, 502 or 503 error page. */
  errorRate?: number;
  /** Delay added to every portal response, in milliseconds. */
  slowMs?: number;
  /** Every Nth portal request is answered 429 with a Retry-After header. */
  rateLimitEvery?: number;
  /** The Retry-After value of a 429, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Share (0-1) of 200 HTML pages cut off half way (the response itself is complete and well-formed HTTP). */
  truncateRate?: number;
  /** A session expires after this many authenticated requests; the next one is redirected to /login. */
  sessionMaxRequests?: number;
  /**
   * Paths (prefixes) the portal serves redesigned: a whole page without any of its usual markup, as after a
   * supplier changes its site. A scraper must say so, not store nothing as if the page were empty.
   */
  redesignedPaths?: readonly string[];
}

/** Health, truth and admin endpoints never misbehave: tests and operators rely on them. */
export const isControlPath = (path: string): boolean => path === '/healthz' || path.startsWith('/__');

/**
 * Wraps the portal's handler with the faults that happen at the HTTP level (session expiry lives in the session
 * store). Random faults draw from a PRNG seeded with `seed`, so a sequential run misbehaves the same way again.
 */
export function withFaults(handle: Handler, faults: FaultOptions, seed: number): Handler {
  const rand = mulberry32(mixSeed(seed, 0xfa17));
  let requests = 0;
  return async (request) => {
    if (isControlPath(request.path)) return handle(request);
    requests++;
    if (faults.rateLimitEvery && requests % faults.rateLimitEvery === 0) {
      const retryAfter = String(faults.retryAfterSeconds ?? 1);
      const page = errorPage(429, 'Demasiadas solicitudes. Espere un momento antes de continuar.');
      return htmlResponse(page, 429, { 'retry-after': retryAfter });
    }
    if (faults.slowMs) await sleep(faults.slowMs);
    if (faults.redesignedPaths?.some((prefix) => request.path.startsWith(prefix))) {
      return htmlResponse(redesignedPage(), 200);
    }
    if (rand() < (faults.errorRate ?? 0)) {
      const status = pick(rand, [500, 502, 503]);
      return htmlResponse(errorPage(status, 'El servicio no está disponible. Intente nuevamente.'), status);
    }
    const response = await handle(request);
    const truncate = rand() < (faults.truncateRate ?? 0);
    const isHtml = response.headers['content-type']?.startsWith('text/html') ?? false;
    if (!truncate || response.status !== 200 || !isHtml || typeof response.body !== 'string') return response;
    return { ...response, body: response.body.slice(0, Math.floor(response.body.length / 2)) };
  };
}
