import 'server-only';
// OpenAPI 3.1 generated from the same zod schemas that validate the requests.
import { z } from 'zod';
import type { Endpoint } from './endpoint';
import { API } from './endpoints';

const ERROR = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
      },
    },
  },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of Object.values(API) as Endpoint[]) {
    const params = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    if (e.query) {
      const schema = z.toJSONSchema(e.query, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(schema.properties ?? {})) {
        params.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: s as { type: string } });
      }
    }
    const op: Record<string, unknown> = {
      operationId: e.id,
      summary: e.summary,
      tags: [e.tag],
      parameters: params,
      security: e.auth === 'public' ? [] : [{ cookie: [] }, { bearer: [] }],
      responses: {
        [String(e.successStatus ?? 200)]: { description: 'OK', content: { 'application/json': {} } },
        default: { description: 'Error', content: { 'application/json': { schema: ERROR } } },
      },
    };
    if (e.body) {
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: z.toJSONSchema(e.body, { io: 'input', unrepresentable: 'any' }) } },
      };
    }
    (paths[e.path] ??= {})[e.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Bilingual workbench API', version: '1.0.0', description: 'Errors are always { "error": { "code", "message" } }.' },
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'wb_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'Personal API token (wbt_…)' },
      },
    },
    paths,
  };
}
