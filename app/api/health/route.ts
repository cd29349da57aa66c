import { api } from '@/lib/schemas/api';
import { checkHealth } from '@/lib/server/health/check-health';
import { route } from '@/lib/server/http/route';

// GET /api/health – 200 when the database is ready, 503 (same body) until then
export const GET = route(api.health, async ({ db, requestId }) => {
  const health = await checkHealth({ db });
  return Response.json(health, {
    status: health.ok ? 200 : 503,
    headers: { 'cache-control': 'no-store', 'x-request-id': requestId },
  });
});
