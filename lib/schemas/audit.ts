import { z } from 'zod';
import { ZUuid } from './common';

export const ZAuditLogQuery = z
  .object({
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    /** Also recompute the whole hash chain (reads every row: ask for it, don't poll it). */
    verify: z.enum(['true', 'false']).default('false'),
  })
  .strict();

export const ZAuditEntry = z.object({
  seq: z.string(),
  createdAt: z.iso.datetime(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: ZUuid, name: z.string() }).nullable(),
  approvedById: ZUuid.nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const ZAuditLogResponse = z.object({
  entries: z.array(ZAuditEntry),
  chain: z.object({ ok: z.boolean(), checked: z.number() }).nullable(),
});
export type TAuditLogResponse = z.infer<typeof ZAuditLogResponse>;
