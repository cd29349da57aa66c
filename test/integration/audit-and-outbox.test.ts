// The audit log is append-only and hash-chained; outbox events exist only for committed changes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { appendAuditLog } from '@/lib/server/audit/append-audit-log';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';
import { appendOutboxEvent, appendOutboxEvents } from '@/lib/server/outbox/append-outbox-event';
import { demo } from '../factories/staff';

const entry = (action: string) => ({
  organisationId: demo.organisationId,
  locationId: demo.locationId,
  actorUserId: demo.users.manager,
  action,
  entityType: 'Test',
  entityId: randomUUID(),
  before: { pricePence: 340, nested: { b: 1, a: [1, 2] } },
  after: { pricePence: 360 },
  createdAt: new Date(),
});

describe('audit log', () => {
  it('rows appended from concurrent transactions form one unbroken chain', async () => {
    const db = getDb();
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        db.$transaction((tx) => appendAuditLog(tx, entry(`test.concurrent_${index}`))),
      ),
    );
    const report = await verifyAuditChain({ db, locationId: demo.locationId });
    expect(report).toEqual({ ok: true, checked: 12, firstBroken: null });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    const db = getDb();
    await db.$transaction((tx) => appendAuditLog(tx, entry('test.immutable')));
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { action: 'test.immutable' } })).toBe(1);
  });

  it('verification finds a row altered behind the trigger’s back', async () => {
    const db = getDb();
    for (const action of ['test.one', 'test.two', 'test.three'])
      await db.$transaction((tx) => appendAuditLog(tx, entry(action)));
    const target = await db.auditLog.findFirstOrThrow({ where: { action: 'test.two' } });
    // Only someone with the power to drop triggers can do this; the chain still gives them away.
    await db.$executeRawUnsafe('ALTER TABLE "AuditLog" DISABLE TRIGGER "audit_log_no_update_delete"');
    await db.$executeRaw`UPDATE "AuditLog" SET "after" = '{"pricePence": 1}'::jsonb WHERE "seq" = ${target.seq}`;
    await db.$executeRawUnsafe('ALTER TABLE "AuditLog" ENABLE TRIGGER "audit_log_no_update_delete"');
    const report = await verifyAuditChain({ db });
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({ seq: target.seq.toString(), reason: 'hash' });
  });
});

describe('outbox', () => {
  it('a committed change leaves exactly one event; a rolled-back one leaves none', async () => {
    const db = getDb();
    const before = await db.outboxEvent.count();
    const seq = await db.$transaction((tx) =>
      appendOutboxEvent(tx, { locationId: demo.locationId, type: 'test.committed', payload: { n: 1 } }),
    );
    await expect(
      db.$transaction(async (tx) => {
        await appendOutboxEvent(tx, { locationId: demo.locationId, type: 'test.rolled_back', payload: { n: 2 } });
        throw new Error('use case failed after writing its event');
      }),
    ).rejects.toThrow('use case failed');
    const events = await db.outboxEvent.findMany({ where: { seq: { gt: BigInt(0) } }, orderBy: { seq: 'asc' } });
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)).toMatchObject({ seq, type: 'test.committed', payload: { n: 1 } });
  });

  it('several events written together keep their order and get ascending seqs', async () => {
    const db = getDb();
    const types = ['test.first', 'test.second', 'test.third'];
    const seqs = await db.$transaction((tx) =>
      appendOutboxEvents(
        tx,
        types.map((type, n) => ({ locationId: demo.locationId, type, payload: { n } })),
      ),
    );
    expect(seqs).toHaveLength(3);
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);
    const rows = await db.outboxEvent.findMany({ where: { seq: { in: seqs } }, orderBy: { seq: 'asc' } });
    expect(rows.map((row) => [row.type, row.payload])).toEqual(types.map((type, n) => [type, { n }]));
  });
});
