import { api } from '@/lib/schemas/api';
import { findAuditLog } from '@/lib/server/audit/find-audit-log';
import { route } from '@/lib/server/http/route';

// GET /api/v1/audit-log – newest audit entries at this location, with the hash-chain check
export const GET = route(api.auditLog, ({ db, actor, query }) =>
  findAuditLog({ db, actor, before: query.before, limit: query.limit, verify: query.verify === 'true' }),
);
