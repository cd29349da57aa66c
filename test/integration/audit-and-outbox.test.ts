// The audit log is append-only and hash-chained; outbox events exist only for committed changes.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { auditHash } from '@/lib/server/audit/audit-hash';
import { verifyAuditChain } from '@/lib/server/audit/verify-audit-chain';
import { recordChange } from '@/lib/server/write/record-change';
import { demo } from '../factories/staff';

/** A change as a use case records it; `label` names it (its entity id) so a test can find its row. */
const entry = (label: string = randomUUID()) => ({
  by: { userId: demo.users.manager, organisationId: demo.organisationId, locationId: demo.locationId },
  action: 'settings.updated' as const,
  entity: { type: 'Location' as const, id: label },
  before: { serviceChargeBps: 0, receiptFooter: { b: 1, a: [1, 2] } },
  after: { serviceChargeBps: 1250 },
  now: new Date(),
});

describe('audit log', () => {
  it('rows appended from concurrent transactions form one unbroken chain', async () => {
    const db = getDb();
    await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        db.$transaction((tx) => recordChange(tx, entry(`test.concurrent_${index}`))),
      ),
    );
    const report = await verifyAuditChain({ db, locationId: demo.locationId });
    expect(report).toEqual({ ok: true, checked: 12, firstBroken: null });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    const db = getDb();
    await db.$transaction((tx) => recordChange(tx, entry('test.immutable')));
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "action" = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { entityId: 'test.immutable' } })).toBe(1);
  });

  it('verification finds a row altered behind the trigger’s back', async () => {
    const db = getDb();
    for (const action of ['test.one', 'test.two', 'test.three'])
      await db.$transaction((tx) => recordChange(tx, entry(action)));
    const target = await db.auditLog.findFirstOrThrow({ where: { entityId: 'test.two' } });
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
  // Any registered event type will do; the action names the test's event.
  const event = (action: string, n: number) => ({
    locationId: demo.locationId,
    type: 'menu.updated' as const,
    payload: { entityType: 'Test', entityId: String(n), action },
  });

  it('a committed change leaves exactly one event and one audit row; a rolled-back one leaves neither', async () => {
    const db = getDb();
    const [eventsBefore, auditBefore] = await Promise.all([db.outboxEvent.count(), db.auditLog.count()]);
    const audit = entry('test.committed');
    const [seq] = await db.$transaction((tx) => recordChange(tx, { ...audit, events: [event('test.committed', 1)] }));
    await expect(
      db.$transaction(async (tx) => {
        await recordChange(tx, { ...entry('test.rolled_back'), events: [event('test.rolled_back', 2)] });
        throw new Error('use case failed after writing its event');
      }),
    ).rejects.toThrow('use case failed');
    const events = await db.outboxEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ seq, payload: { entityId: '1', action: 'test.committed' } });
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
    const row = await db.auditLog.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    const hashed = {
      organisationId: demo.organisationId,
      locationId: demo.locationId,
      actorUserId: demo.users.manager,
      action: audit.action,
      entityType: audit.entity.type,
      entityId: audit.entity.id,
      before: audit.before,
      after: audit.after,
      createdAt: audit.now,
    };
    expect(row).toMatchObject({ entityId: 'test.committed', hash: auditHash(row.prevHash, hashed) });
  });

  it('several events written together keep their order and get ascending seqs', async () => {
    const db = getDb();
    const types = ['test.first', 'test.second', 'test.third'];
    const seqs = await db.$transaction((tx) =>
      recordChange(tx, { ...entry('test.batch'), events: types.map((type, n) => event(type, n)) }),
    );
    expect(seqs).toHaveLength(3);
    const rows = await db.outboxEvent.findMany({ where: { seq: { in: seqs } }, orderBy: { seq: 'asc' } });
    expect(rows.map((row) => row.payload)).toEqual(
      types.map((action, n) => ({ entityType: 'Test', entityId: String(n), action })),
    );
  });

  it('refuses an event whose payload does not match its type, writing nothing', async () => {
    const db = getDb();
    const before = await db.outboxEvent.count();
    await expect(
      db.$transaction((tx) =>
        recordChange(tx, {
          ...entry('test.bad_event'),
          events: [{ locationId: demo.locationId, type: 'device.revoked', payload: { id: 'not-a-uuid' } }],
        }),
      ),
    ).rejects.toThrow();
    expect(await db.outboxEvent.count()).toBe(before);
  });

  it('within a location, seq order is commit order: a change that commits later never gets a lower seq', async () => {
    const db = getDb();
    const committed: bigint[] = [];
    // Changes that start together and hold their transaction open for a while after recording.
    await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        db
          .$transaction(async (tx) => {
            const [seq] = await recordChange(tx, { ...entry(`test.race_${n}`), events: [event('test.race', n)] });
            await new Promise((resolve) => setTimeout(resolve, 20 + ((n * 7) % 5) * 10));
            return seq!;
          })
          .then((seq) => committed.push(seq)),
      ),
    );
    expect(committed).toEqual([...committed].sort((a, b) => (a < b ? -1 : 1)));
  });
});
