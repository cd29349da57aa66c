import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { importMenu } from '@/lib/server/menu/import-menu';

// POST /api/v1/menu/import – check a menu CSV (dryRun) or apply it, all rows or none
export const POST = route(api.importMenu, ({ db, actor, body, idempotency, requestId, now }) =>
  importMenu({ db, actor, input: body, idempotency, requestId, now }),
);
