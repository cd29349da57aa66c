import { api } from '@/lib/schemas/api';
import { requireApproval } from '@/lib/server/approvals/require-approval';
import { route } from '@/lib/server/http/route';

// POST /api/v1/approvals/verify – check a manager PIN on the till before submitting an approved action
export const POST = route(api.verifyApproval, async ({ db, actor, body, now }) => ({
  approver: await requireApproval({ db, actor, approval: body.approval, now, action: 'This' }),
}));
