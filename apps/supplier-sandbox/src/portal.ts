import { z } from 'zod';
import { type Catalog, generateCatalog, MAX_DAY } from './catalog';
import { type FaultOptions, isControlPath, withFaults } from './faults';

const MAX_LOGGED_REQUESTS = 100_000;

import {
  type Handler,
  htmlResponse,
  jsonResponse,
  readCookie,
  redirect,
  type SandboxRequest,
  type SandboxResponse,
  textResponse,
} from './http';
import { placeholderPng } from './image';
import { categoriesPage, loginPage, notFoundPage, portalPage, productListPage, productPage } from './pages';
import { normalizeRut } from './rut';
import { SessionStore } from './sessions';
import { buildTruth } from './truth';

export interface SandboxOptions {
  /** Catalog seed (main.ts defaults it to 42). */
  seed: number;
  /** Catalog size (main.ts defaults it to 5000). */
  products: number;
  /** Default: clamp(round(products / 125), 3, 40). */
  categories?: number;
  /** The fake portal's own login. */
  credentials: { rut: string; user: string; password: string };
  /** The portal's current day (default 0); POST /__admin/day changes it while running. */
  day?: number;
  faults?: FaultOptions;
}

export const SESSION_COOKIE = 'SBXSESSION';

const dayNumber = z.number().int().min(0).max(MAX_DAY);
const adminDayBody = z.object({ day: dayNumber });

interface RouteMatch {
  /** The pattern's capture groups, URI-decoded. */
  params: string[];
  /** The signed-in user on session routes; '' on public ones. */
  user: string;
}

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  /** Requires a signed-in session; without one the request is redirected to /login. */
  session?: boolean;
  handle: (request: SandboxRequest, match: RouteMatch) => SandboxResponse;
}

/** The whole portal as one request handler (faults included), independent of node:http. */
export function createPortal(options: SandboxOptions): Handler {
  const { seed, products, categories, credentials } = options;
  let currentDay = options.day ?? 0;
  const catalogOf = (day: number): Catalog => generateCatalog({ seed, products, categories, day });
  catalogOf(currentDay); // validates the options and warms the cache before the first request
  const sessions = new SessionStore(options.faults?.sessionMaxRequests);
  const expectedRut = normalizeRut(credentials.rut);
  const sessionCookie = (value: string, extra = '') =>
    `${SESSION_COOKIE}=${value}; HttpOnly; Path=/; SameSite=Lax${extra}`;

  const login = (request: SandboxRequest): SandboxResponse => {
    const form = new URLSearchParams(request.body);
    const rut = form.get('rut') ?? '';
    const user = form.get('user') ?? '';
    const valid =
      normalizeRut(rut) === expectedRut &&
      user.trim() === credentials.user &&
      form.get('password') === credentials.password;
    if (!valid) return htmlResponse(loginPage({ failed: true, rut, user }));
    return redirect('/portal', { 'set-cookie': sessionCookie(sessions.create(credentials.user)) });
  };

  const logout = (request: SandboxRequest): SandboxResponse => {
    sessions.delete(readCookie(request.headers, SESSION_COOKIE));
    return redirect('/login', { 'set-cookie': sessionCookie('', '; Max-Age=0') });
  };

  const truth = (request: SandboxRequest): SandboxResponse => {
    const raw = request.query.get('day');
    const day = raw === null ? currentDay : dayNumber.safeParse(Number(raw)).data;
    if (day === undefined) return jsonResponse({ error: `day must be an integer from 0 to ${MAX_DAY}` }, 400);
    return jsonResponse(buildTruth(catalogOf(day), request.origin));
  };

  const setDay = (request: SandboxRequest): SandboxResponse => {
    let body: unknown;
    try {
      body = JSON.parse(request.body);
    } catch {
      return jsonResponse({ error: 'body must be JSON like {"day": 1}' }, 400);
    }
    const parsed = adminDayBody.safeParse(body);
    if (!parsed.success) return jsonResponse({ error: `day must be an integer from 0 to ${MAX_DAY}` }, 400);
    currentDay = parsed.data.day;
    return jsonResponse({ day: currentDay });
  };

  const categoryList = (request: SandboxRequest, { params, user }: RouteMatch): SandboxResponse => {
    const catalog = catalogOf(currentDay);
    const category = catalog.categories.find((candidate) => candidate.externalId === params[0]);
    if (!category) return htmlResponse(notFoundPage('Categoría no encontrada', user), 404);
    const page = Math.max(1, Number.parseInt(request.query.get('page') ?? '1', 10) || 1);
    return htmlResponse(productListPage(user, catalog, category, page));
  };

  const product = (_: SandboxRequest, { params, user }: RouteMatch): SandboxResponse => {
    const catalog = catalogOf(currentDay);
    const found = catalog.bySku.get(params[0]!);
    if (!found) return htmlResponse(notFoundPage('Producto no encontrado', user), 404);
    return htmlResponse(productPage(user, catalog, found));
  };

  const image = (_: SandboxRequest, { params }: RouteMatch): SandboxResponse => ({
    status: 200,
    headers: { 'content-type': 'image/png', 'cache-control': 'private, max-age=86400' },
    body: placeholderPng(params[0]!),
  });

  /** Every portal request received, so a test can check how hard a scraper hit the portal. */
  const received: Array<{ path: string; at: number }> = [];
  const routes: Route[] = [
    { method: 'GET', pattern: /^\/healthz$/, handle: () => textResponse('ok') },
    { method: 'GET', pattern: /^\/$/, handle: () => redirect('/login') },
    { method: 'GET', pattern: /^\/login$/, handle: () => htmlResponse(loginPage()) },
    { method: 'POST', pattern: /^\/login$/, handle: login },
    { method: 'GET', pattern: /^\/logout$/, handle: logout },
    { method: 'GET', pattern: /^\/__truth$/, handle: truth },
    { method: 'GET', pattern: /^\/__admin\/day$/, handle: () => jsonResponse({ day: currentDay }) },
    { method: 'POST', pattern: /^\/__admin\/day$/, handle: setDay },
    { method: 'GET', pattern: /^\/__requests$/, handle: () => jsonResponse({ requests: received }) },
    {
      method: 'GET',
      pattern: /^\/portal$/,
      session: true,
      handle: (_, { user }) => htmlResponse(portalPage(user, catalogOf(currentDay))),
    },
    {
      method: 'GET',
      pattern: /^\/categorias$/,
      session: true,
      handle: (_, { user }) => htmlResponse(categoriesPage(user, catalogOf(currentDay))),
    },
    { method: 'GET', pattern: /^\/categorias\/([^/]+)$/, session: true, handle: categoryList },
    { method: 'GET', pattern: /^\/productos\/([^/]+)$/, session: true, handle: product },
    { method: 'GET', pattern: /^\/img\/([^/]+)\.jpg$/, session: true, handle: image },
  ];

  const portal: Handler = async (request) => {
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const allowed: string[] = [];
    for (const route of routes) {
      const match = route.pattern.exec(request.path);
      if (!match) continue;
      if (route.method !== method) {
        allowed.push(route.method);
        continue;
      }
      const params = decodeParams(match.slice(1));
      if (!params) break;
      if (!route.session) return route.handle(request, { params, user: '' });
      const user = sessions.use(readCookie(request.headers, SESSION_COOKIE));
      if (user === undefined) return redirect('/login');
      return route.handle(request, { params, user });
    }
    if (allowed.length > 0) {
      const response = textResponse('Método no permitido', 405);
      return { ...response, headers: { ...response.headers, allow: allowed.join(', ') } };
    }
    return htmlResponse(notFoundPage('Página no encontrada'), 404);
  };

  const handler = options.faults ? withFaults(portal, options.faults, seed) : portal;
  return (request) => {
    if (!isControlPath(request.path)) {
      if (received.length >= MAX_LOGGED_REQUESTS) received.splice(0, MAX_LOGGED_REQUESTS / 2);
      received.push({ path: request.path, at: Date.now() });
    }
    return handler(request);
  };
}

function decodeParams(raw: string[]): string[] | undefined {
  try {
    return raw.map((value) => decodeURIComponent(value));
  } catch {
    return undefined;
  }
}
