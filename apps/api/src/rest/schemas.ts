import type { z } from 'zod';

/** Zod wrappers that do not change what a value is, only whether it may be missing. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default wrappers (and the input side of a pipe). */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

export type QueryKind = 'string' | 'number' | 'boolean' | 'array';

/** How a query-string value maps onto a field, or null when a field cannot come from a query string. */
export function queryKind(schema: z.ZodType): QueryKind | null {
  const inner = unwrap(schema);
  switch (inner.def.type) {
    case 'string':
    case 'enum':
    case 'literal':
    case 'template_literal':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      // Repeated keys (`?brands=a&brands=b`): strings only.
      const element = queryKind((inner.def as unknown as { element: z.ZodType }).element);
      return element === 'string' ? 'array' : null;
    }
    default:
      return null;
  }
}

export const isObjectSchema = (schema: z.ZodType): schema is z.ZodObject => schema.def.type === 'object';
