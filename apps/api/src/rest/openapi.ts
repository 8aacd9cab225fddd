import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { RestRoute } from './routes';
import { isObjectSchema } from './schemas';

const DESCRIPTION = `API de integración de SYNCAR: el catálogo sincronizado de los proveedores, sus importaciones y
exportaciones.

**Autenticación.** Crea un token en SYNCAR (menú de usuario → *API*), elige sus permisos y envíalo en cada
solicitud: \`Authorization: Bearer syncar_…\`. El token actúa con los permisos elegidos que su dueño todavía tenga.
Un token revocado o expirado recibe 401; una operación fuera de sus permisos, 403.

**Límite.** Cada token tiene un máximo de solicitudes por minuto; al superarlo la respuesta es 429 con
\`Retry-After\` (segundos).

**Errores.** Las respuestas 4xx traen \`message\` en español, listo para mostrar, y \`code\`; los datos no válidos
traen además \`issues\` con el campo de cada problema.

Las fechas van en ISO 8601 (UTC). Una exportación lista se descarga con el mismo token en \`downloadPath\`
(relativo a la URL de la API, fuera de /api).`;

/** Catalog first: it is what most integrations come for. Tags not listed here follow in router order. */
const TAG_ORDER = ['Catálogo', 'Proveedores', 'Importaciones', 'Exportaciones'];

const errorSchema = z
  .object({
    message: z.string().meta({ description: 'Qué pasó, en español' }),
    code: z.string().meta({ description: 'BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, …' }),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
      .optional()
      .meta({ description: 'Con datos no válidos: cada problema y su campo' }),
  })
  .meta({ id: 'Error' });

const errorResponse = (description: string, headers?: z.ZodObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: errorSchema } },
});

const ERRORS = {
  '400': errorResponse('Datos no válidos'),
  '401': errorResponse('Falta el token, o no es válido, expiró o fue revocado'),
  '403': errorResponse('El token no tiene el permiso que la operación requiere'),
  '404': errorResponse('No existe'),
  '429': errorResponse(
    'Demasiadas solicitudes con este token',
    z.object({ 'Retry-After': z.string().meta({ description: 'Segundos que esperar antes de reintentar' }) }),
  ),
  '500': errorResponse('Error interno'),
};

/** The fields of an object input, without those named in the path. */
function fields(input: z.ZodObject, keys: string[], keep: boolean) {
  return z.object(
    Object.fromEntries(Object.entries(input.shape).filter(([key]) => keys.includes(key) === keep)),
  );
}

function operation(route: RestRoute): ZodOpenApiOperationObject {
  const { openapi, input, pathKeys } = route;
  const op: ZodOpenApiOperationObject = {
    operationId: route.procedure.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase()),
    summary: openapi.summary,
    ...(openapi.description ? { description: openapi.description } : {}),
    tags: openapi.tags,
    responses: {
      '200': { description: 'Correcto', content: { 'application/json': { schema: route.output } } },
      ...ERRORS,
      ...(openapi.method === 'POST' ? { '409': errorResponse('En conflicto con el estado actual') } : {}),
    },
  };
  if (!input) return op;
  const object = isObjectSchema(input) ? input : null;
  op.requestParams = {
    ...(pathKeys.length && object ? { path: fields(object, pathKeys, true) } : {}),
    ...(openapi.method === 'GET' && object ? { query: fields(object, pathKeys, false) } : {}),
  };
  if (openapi.method === 'POST') {
    const body = object && pathKeys.length ? fields(object, pathKeys, false) : input;
    const empty = isObjectSchema(body) && Object.keys(body.shape).length === 0;
    if (!empty) op.requestBody = { required: true, content: { 'application/json': { schema: body } } };
  }
  return op;
}

/** The OpenAPI 3.1 document of the REST routes: the procedures' own zod input and output schemas. */
export function openApiDocument(routes: RestRoute[]) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const method = route.openapi.method === 'GET' ? 'get' : 'post';
    paths[route.openapi.path] = { ...paths[route.openapi.path], [method]: operation(route) };
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: { title: 'SYNCAR API', version: '1', description: DESCRIPTION },
      // Relative to where the document is served (/api/openapi.json), so it holds behind any host or proxy.
      servers: [{ url: '/api' }],
      security: [{ apiToken: [] }],
      tags: [...new Set([...TAG_ORDER, ...routes.flatMap((route) => route.openapi.tags)])]
        .filter((name) => routes.some((route) => route.openapi.tags.includes(name)))
        .map((name) => ({ name })),
      components: {
        securitySchemes: {
          apiToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'Un token de API de SYNCAR (`syncar_…`)',
          },
        },
      },
      paths,
    },
    {
      override: ({ zodSchema, jsonSchema, io }) => {
        // Dates leave the API as JSON strings (ISO 8601).
        if (zodSchema._zod.def.type === 'date' && io === 'output') {
          jsonSchema.type = 'string';
          jsonSchema.format = 'date-time';
        }
      },
    },
  );
}
