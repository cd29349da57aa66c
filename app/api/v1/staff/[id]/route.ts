import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { updateStaffMember } from '@/lib/server/staff/update-staff-member';

// PATCH /api/v1/staff/[id] – change someone's name, role, PIN, email or active state
export const PATCH = route(api.updateStaff, ({ db, actor, params, body, idempotency, requestId, now }) =>
  updateStaffMember({ db, actor, userId: params.id, changes: body, idempotency, requestId, now }),
);
