import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { dayReport } from '@/lib/server/reports/day-report';

// GET /api/v1/reports/z?date=YYYY-MM-DD – a trading day's figures (409 for an ended day while a
// till still holds changes from it)
export const GET = route(api.zReport, async ({ db, actor, query, now }) =>
  dayReport({ db, actor, date: query.date, now, closing: true }),
);
