// The office's devices page (issue 11): a manager renames a paired till, and "last seen" follows a
// screen that is in use without a write on every request.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import type { TRole } from '@/lib/schemas/permissions';
import { LAST_SEEN_RESOLUTION_MS } from '@/lib/server/devices/mark-device-seen';
import { dataOf, testApi } from '../api-client';
import { createDevice, createOtherLocation, createStaff, demo, demoUserFor } from '../factories/staff';
import { sessionCookie } from '../http';

const as = async (role: TRole) =>
  testApi({ cookie: await sessionCookie({ userId: demoUserFor(role), locationId: demo.locationId }) });

describe('renaming a device', () => {
  it('renames it for an owner or a manager and audits the old and new names', async () => {
    const till = await createDevice(getDb());
    for (const [role, name] of [
      ['MANAGER', 'Bar till'],
      ['OWNER', 'Terrace till'],
    ] as const) {
      const answer = await (await as(role)).request('renameDevice', { params: { id: till.id }, body: { name } });
      expect(answer.status).toBe(200);
      expect(dataOf(answer).device).toMatchObject({ id: till.id, name });
    }
    const list = dataOf(await (await as('MANAGER')).request('listDevices', {}));
    expect(list.devices.find((device) => device.id === till.id)?.name).toBe('Terrace till');
    const audit = await getDb().auditLog.findMany({
      where: { entityId: till.id, action: 'device.renamed' },
      orderBy: { seq: 'asc' },
      select: { before: true, after: true, actorUserId: true },
    });
    expect(audit).toEqual([
      { before: { name: 'Test till' }, after: { name: 'Bar till' }, actorUserId: demo.users.manager },
      { before: { name: 'Bar till' }, after: { name: 'Terrace till' }, actorUserId: demo.users.owner },
    ]);
  });

  it.each(['SUPERVISOR', 'CASHIER', 'KITCHEN'] as const)('refuses a %s (403) and keeps the name', async (role) => {
    const till = await createDevice(getDb());
    const answer = await (await as(role)).request('renameDevice', { params: { id: till.id }, body: { name: 'Mine' } });
    expect(answer.status).toBe(403);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: till.id } })).name).toBe('Test till');
  });

  it.each([
    ['an empty name', '   ', 422],
    ['a name over 60 characters', 'x'.repeat(61), 422],
    ['a NUL byte', 'Till\u0000', 422],
  ])('refuses %s and keeps the old one', async (_, name, status) => {
    const till = await createDevice(getDb());
    const answer = await (await as('MANAGER')).request('renameDevice', { params: { id: till.id }, body: { name } });
    expect(answer.status).toBe(status);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: till.id } })).name).toBe('Test till');
  });

  it("answers 404 for another location's device and 409 for a revoked one", async () => {
    const elsewhere = await createDevice(getDb(), { locationId: (await createOtherLocation(getDb())).id });
    const manager = await as('MANAGER');
    const rename = (id: string) => manager.request('renameDevice', { params: { id }, body: { name: 'Taken over' } });
    expect((await rename(elsewhere.id)).status).toBe(404);
    expect((await getDb().device.findUniqueOrThrow({ where: { id: elsewhere.id } })).name).toBe('Test till');

    const revoked = await createDevice(getDb());
    expect((await manager.request('revokeDevice', { params: { id: revoked.id } })).status).toBe(200);
    expect((await rename(revoked.id)).status).toBe(409);
  });
});

describe('last seen', () => {
  it('moves when a paired screen fetches its realtime token, at most once a minute', async () => {
    const db = getDb();
    const till = await createDevice(db);
    const cashier = await createStaff(db, { role: 'CASHIER' });
    const screen = testApi({
      cookie: await sessionCookie({ userId: cashier.id, locationId: demo.locationId, deviceId: till.id }),
    });
    const lastSeen = async () => (await db.device.findUniqueOrThrow({ where: { id: till.id } })).lastSeenAt;
    expect(await lastSeen()).toBeNull();

    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    const first = await lastSeen();
    expect(first).not.toBeNull();

    // Within the minute: no second write.
    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    expect(await lastSeen()).toEqual(first);

    // A minute later (the stored time set back rather than the clock moved on): written again.
    const aMinuteAgo = new Date(first!.getTime() - LAST_SEEN_RESOLUTION_MS - 1);
    await db.device.update({ where: { id: till.id }, data: { lastSeenAt: aMinuteAgo } });
    expect((await screen.request('realtimeToken', {})).status).toBe(200);
    expect((await lastSeen())!.getTime()).toBeGreaterThan(aMinuteAgo.getTime());
  });
});
