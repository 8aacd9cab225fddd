import type { z } from 'zod';
import type { Meta, OpenApiMeta } from '../trpc';
import { REST_INPUTS, type RestInputAdapter } from './inputs';
import { isObjectSchema, queryKind } from './schemas';

/** A procedure exposed under /api by its `.meta({ openapi })`. */
export interface RestRoute {
  /** The procedure's path in the router, e.g. `catalog.search`. */
  procedure: string;
  openapi: OpenApiMeta;
  pattern: RegExp;
  pathKeys: string[];
  /** What a REST caller sends: the procedure's own input schema, or its adapter's. */
  input: z.ZodType | undefined;
  adapter: RestInputAdapter | undefined;
  output: z.ZodType;
}

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  meta?: Meta;
  inputs: z.ZodType[];
  output?: z.ZodType;
}

const pathPattern = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`);

/** Refuses, at start-up, an exposed procedure that REST cannot carry; the message names it and why. */
function check(procedure: string, def: ProcedureDef, route: Omit<RestRoute, 'pattern'>): void {
  const fail = (why: string): never => {
    throw new Error(`REST ${route.openapi.method} ${route.openapi.path} (${procedure}): ${why}`);
  };
  if (def.type === 'subscription') fail('subscriptions cannot be REST operations');
  if (def.inputs.length > 1) fail('one input schema at most');
  const { input, pathKeys, openapi } = route;
  if (pathKeys.length && (!input || !isObjectSchema(input))) fail('path fields need an object input');
  if (input && isObjectSchema(input)) {
    for (const key of pathKeys) {
      const field = input.shape[key] as z.ZodType | undefined;
      if (!field || queryKind(field) !== 'string') fail(`path field "${key}" must be a string input field`);
    }
  }
  if (openapi.method === 'GET' && input) {
    if (!isObjectSchema(input)) fail('a GET needs an object input (its fields become query parameters)');
    for (const [key, field] of Object.entries((input as z.ZodObject).shape)) {
      if (!queryKind(field as z.ZodType)) {
        fail(
          `query field "${key}" must be a string, number, boolean or list of strings (add a REST adapter)`,
        );
      }
    }
  }
}

/** Every procedure with `.meta({ openapi })`, checked, in the router's order. */
export function restRoutes(procedures: Record<string, unknown>): RestRoute[] {
  const routes: RestRoute[] = [];
  for (const [procedure, value] of Object.entries(procedures)) {
    const def = (value as { _def: ProcedureDef })._def;
    const openapi = def.meta?.openapi;
    if (!openapi) continue;
    if (!def.output) throw new Error(`REST ${openapi.path} (${procedure}): the procedure needs an .output()`);
    const adapter = REST_INPUTS[procedure];
    const route = {
      procedure,
      openapi,
      pathKeys: [...openapi.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
      input: adapter?.schema ?? def.inputs[0],
      adapter,
      output: def.output,
    };
    check(procedure, def, route);
    if (routes.some((r) => r.openapi.method === openapi.method && r.openapi.path === openapi.path)) {
      throw new Error(`REST ${openapi.method} ${openapi.path} is declared twice`);
    }
    routes.push({ ...route, pattern: pathPattern(openapi.path) });
  }
  return routes;
}
