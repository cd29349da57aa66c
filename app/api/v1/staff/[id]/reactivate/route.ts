import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { reactivateUser } from '@/lib/server/staff/reactivate-user';

// POST /api/v1/staff/[id]/reactivate – let a deactivated member of staff sign in again (old sessions stay ended)
export const POST = route(api.reactivateStaff, ({ db, actor, params, idempotency, requestId, now }) =>
  reactivateUser({ db, actor, userId: params.id, idempotency, requestId, now }),
);
