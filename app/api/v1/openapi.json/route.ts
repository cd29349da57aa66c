import { api } from '@/lib/schemas/api';
import { buildOpenApiDocument } from '@/lib/schemas/openapi';
import { route } from '@/lib/server/http/route';

// GET /api/v1/openapi.json – the API contract, generated from the zod schemas
export const GET = route(api.openapi, async () => buildOpenApiDocument('1'));
