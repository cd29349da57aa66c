import { api } from '@/lib/schemas/api';
import { recordSyncReport } from '@/lib/server/devices/record-sync-report';
import { route } from '@/lib/server/http/route';

// PUT /api/v1/devices/current/sync – a paired till's report of its offline outbox
export const PUT = route(api.reportDeviceSync, ({ db, actor, body, now }) =>
  recordSyncReport({ db, actor, report: body, now }),
);
