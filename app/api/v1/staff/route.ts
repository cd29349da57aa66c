import { api } from '@/lib/schemas/api';
import { publicBaseUrl } from '@/lib/server/http/public-base-url';
import { route } from '@/lib/server/http/route';
import { createStaffMember } from '@/lib/server/staff/create-staff-member';
import { findStaff } from '@/lib/server/staff/find-staff';

// GET /api/v1/staff – everyone at this location, with role, status and whether they have a PIN
export const GET = route(api.listStaff, ({ db, actor }) => findStaff({ db, actor }));

// POST /api/v1/staff – add a member of staff (with an email, they get an invite)
export const POST = route(api.createStaff, ({ db, actor, body, request, idempotency, requestId, now }) =>
  createStaffMember({ db, actor, body, baseUrl: publicBaseUrl(request), idempotency, requestId, now }),
);
