import { api } from '@/lib/schemas/api';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { inviteStaffMember } from '@/lib/server/staff/invite-staff-member';

// POST /api/v1/staff/[id]/invite – a fresh invite link (emailed, or for the office to hand over)
export const POST = route(api.inviteStaff, ({ db, actor, params, request, idempotency, requestId, now }) =>
  inviteStaffMember({ db, actor, userId: params.id, baseUrl: publicBaseUrl(request), idempotency, requestId, now }),
);
