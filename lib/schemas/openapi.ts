// Builds the OpenAPI 3.1 document from the API contract (lib/schemas/api.ts) with zod's own
// JSON Schema output, so the published contract is the one the routes validate against.
import { z } from 'zod';
import { api, type Endpoint } from './api';
import { ZErrorBody } from './common';

type JsonSchema = Record<string, unknown>;

function schemaOf(type: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(type, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as JsonSchema;
  return schema;
}

function parametersOf(type: z.ZodType | undefined, where: 'path' | 'query') {
  if (!type) return [];
  const schema = schemaOf(type, 'input');
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: property,
  }));
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

function operation(name: string, endpoint: Endpoint) {
  const parameters = [...parametersOf(endpoint.params, 'path'), ...parametersOf(endpoint.query, 'query')];
  if (endpoint.idempotency) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header' as 'path',
      required: endpoint.idempotency === 'required',
      schema: { type: 'string', maxLength: 255 },
    });
  }
  return {
    operationId: name,
    summary: endpoint.summary,
    'x-fynlo-access': endpoint.access,
    ...(parameters.length ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaOf(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(endpoint.successStatus ?? 200)]: {
        description: 'OK',
        content: { [endpoint.responseType ?? 'application/json']: { schema: schemaOf(endpoint.response, 'output') } },
      },
      ...(endpoint.access === 'public'
        ? {}
        : { '401': errorResponse('Not signed in'), '403': errorResponse('Not allowed for this role or device') }),
      ...(endpoint.body ? { '400': errorResponse('Malformed JSON'), '422': errorResponse('Validation failed') } : {}),
    },
  };
}

export function buildOpenApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, endpoint] of Object.entries(api) as [string, Endpoint][]) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = operation(name, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fynlo POS API',
      version,
      description: 'Money is integer pence (GBP, VAT-inclusive); rates are basis points.',
    },
    components: {
      schemas: { Error: schemaOf(ZErrorBody, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fynlo.session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
