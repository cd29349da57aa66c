import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { deactivateUser } from '@/lib/server/staff/deactivate-user';

// POST /api/v1/staff/[id]/deactivate – switch a member of staff off; every session of theirs ends at once
export const POST = route(api.deactivateStaff, ({ db, actor, params, idempotency, requestId, now }) =>
  deactivateUser({ db, actor, userId: params.id, idempotency, requestId, now }),
);
