import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { dayReport } from '@/lib/server/reports/day-report';

// GET /api/v1/reports/x – today's figures so far
export const GET = route(api.xReport, async ({ db, actor, now }) => dayReport({ db, actor, now }));
