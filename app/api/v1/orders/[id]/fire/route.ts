import { api } from '@/lib/schemas/api';
import { route } from '@/lib/server/http/route';
import { fireCourse } from '@/lib/server/orders/send-order';

// POST /api/v1/orders/[id]/fire – fire a held course
export const POST = route(api.fireCourse, ({ db, actor, params, body, idempotency, requestId, now }) =>
  fireCourse({
    db,
    actor,
    orderId: params.id,
    course: body.course,
    expectedVersion: body.version,
    idempotency,
    requestId,
    now,
  }),
);
