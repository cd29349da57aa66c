// A till's report of its offline outbox (issue 12): kept on its device row, listed in the office,
// and the Z report's refusal to close a day while a till still holds changes from it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { businessDate } from '@/lib/domain/business-date';
import { dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { createDevice, createOtherLocation, demo } from '../factories/staff';
import { sessionCookie } from '../http';

const HOUR = 3_600_000;

async function tillApi(deviceId: string | null) {
  return testApi({
    cookie: await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId }),
  });
}

async function managerApi() {
  return testApi({ cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }) });
}

describe("a till's sync report", () => {
  it('is kept for the office: what waits (and since when), what was refused, when it last synced', async () => {
    const till = await createDevice(getDb());
    const api = await tillApi(till.id);
    const oldestAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const lastSyncedAt = new Date(Date.now() - 30 * 60_000).toISOString();
    const answer = await api.request('reportDeviceSync', {
      body: { waiting: 3, oldestAt, refused: 1, lastSyncedAt },
    });
    expect(answer.status).toBe(200);
    expect(dataOf(answer).sync).toMatchObject({ waiting: 3, oldestAt, refused: 1, lastSyncedAt });

    const { devices } = await (await managerApi()).call('listDevices', {});
    const listed = devices.find((device) => device.id === till.id)!;
    expect(listed.sync).toMatchObject({ waiting: 3, oldestAt, refused: 1, lastSyncedAt });
    expect(Date.parse(listed.sync!.reportedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(Date.parse(listed.lastSeenAt!)).toBeGreaterThan(Date.now() - 60_000);

    // Still holding changes, with no last sync of its own: the one it had stays.
    await api.call('reportDeviceSync', { body: { waiting: 1, oldestAt, refused: 0, lastSyncedAt: null } });
    const holding = (await (await managerApi()).call('listDevices', {})).devices.find((d) => d.id === till.id)!;
    expect(holding.sync).toMatchObject({ waiting: 1, oldestAt, refused: 0, lastSyncedAt });

    // Emptied: the newest report wins, and the server hearing "nothing waits" is the last sync.
    const before = Date.now();
    await api.call('reportDeviceSync', { body: { waiting: 0, oldestAt: null, refused: 0, lastSyncedAt: null } });
    const again = (await (await managerApi()).call('listDevices', {})).devices.find((d) => d.id === till.id)!;
    expect(again.sync).toMatchObject({ waiting: 0, oldestAt: null, refused: 0 });
    expect(Date.parse(again.sync!.lastSyncedAt!)).toBeGreaterThanOrEqual(before - 1_000);
  });

  it("lists the till's refused changes in words for the office, by order number where the server has the order", async () => {
    const till = await createDevice(getDb());
    const api = await tillApi(till.id);
    const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId: till.id });
    const order = dataOf(
      await createOrderAs(cookie, {
        type: 'TAKEAWAY',
        lines: [{ id: randomUUID(), itemId: menu.crisps, quantity: 1 }],
      }),
    ).order;
    // Another café's order id (a till must never learn, or show, another location's numbers).
    const elsewhere = await createOtherLocation(getDb());
    const foreign = await getDb().order.create({
      data: {
        locationId: elsewhere.id,
        number: 77,
        businessDate: new Date('2026-12-01'),
        type: 'TAKEAWAY',
        createdById: demo.users.manager,
      },
    });
    const refusal = (orderId: string, change: string) => ({
      id: randomUUID(),
      orderId,
      change,
      message: 'An order that is closed cannot be changed',
      advice: 'Nothing was voided. Open the order: if it was paid or closed on another till, tell a manager.',
      madeAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      failedAt: new Date().toISOString(),
    });
    const onOurs = refusal(order.id, 'Void an item: Removed before sending');
    const neverSynced = refusal(randomUUID(), 'New takeaway with 2 items');
    const onTheirs = refusal(foreign.id, 'Send to the kitchen');
    await api.call('reportDeviceSync', {
      body: { waiting: 0, oldestAt: null, refused: 5, refusals: [onOurs, neverSynced, onTheirs], lastSyncedAt: null },
    });
    const listed = (await (await managerApi()).call('listDevices', {})).devices.find((d) => d.id === till.id)!;
    expect(listed.sync).toMatchObject({ refused: 5 });
    expect(listed.sync!.refusals).toEqual([
      { ...onOurs, orderNumber: order.number },
      { ...neverSynced, orderNumber: null },
      { ...onTheirs, orderNumber: null },
    ]);

    // Dealt with on the till: the next report lists none. A till on an older version sends no list.
    await api.call('reportDeviceSync', { body: { waiting: 0, oldestAt: null, refused: 0, lastSyncedAt: null } });
    const cleared = (await (await managerApi()).call('listDevices', {})).devices.find((d) => d.id === till.id)!;
    expect(cleared.sync).toMatchObject({ refused: 0, refusals: [] });

    // More listed than counted, or words past their limits: refused in words, nothing kept.
    for (const body of [
      { waiting: 0, oldestAt: null, refused: 1, refusals: [onOurs, neverSynced], lastSyncedAt: null },
      {
        waiting: 0,
        oldestAt: null,
        refused: 1,
        refusals: [{ ...onOurs, message: 'x'.repeat(501) }],
        lastSyncedAt: null,
      },
    ]) {
      const refused = await api.request('reportDeviceSync', { body });
      expect(refused.status).toBe(422);
      expect(errorOf(refused)?.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is refused in words from a browser that is not a paired till, and for a report that does not add up', async () => {
    const unpaired = await (
      await tillApi(null)
    ).request('reportDeviceSync', {
      body: { waiting: 0, oldestAt: null, refused: 0, lastSyncedAt: null },
    });
    expect(unpaired.status).toBe(403);
    expect(errorOf(unpaired)?.message).toMatch(/paired till/);

    const kitchen = await createDevice(getDb(), { kind: 'KITCHEN' });
    const fromKitchen = await (
      await tillApi(kitchen.id)
    ).request('reportDeviceSync', {
      body: { waiting: 0, oldestAt: null, refused: 0, lastSyncedAt: null },
    });
    expect(fromKitchen.status).toBe(403);

    const till = await createDevice(getDb());
    const api = await tillApi(till.id);
    for (const body of [
      { waiting: 2, oldestAt: null, refused: 0, lastSyncedAt: null },
      { waiting: 0, oldestAt: new Date().toISOString(), refused: 0, lastSyncedAt: null },
      { waiting: -1, oldestAt: null, refused: 0, lastSyncedAt: null },
    ]) {
      const refused = await api.request('reportDeviceSync', { body });
      expect(refused.status).toBe(422);
      expect(errorOf(refused)?.code).toBe('VALIDATION_FAILED');
    }
    const untouched = await getDb().device.findUniqueOrThrow({ where: { id: till.id } });
    expect(untouched).toMatchObject({ syncWaiting: 0, syncReportedAt: null });
  });
});

describe('the Z report and tills holding changes', () => {
  it('refuses to close a day while a till holds changes from it, naming the till; the X report lists it; once synced the Z closes', async () => {
    const db = getDb();
    const location = await db.location.findUniqueOrThrow({ where: { id: demo.locationId } });
    const till = await db.device.update({
      where: { id: (await createDevice(db)).id },
      data: { name: 'Front till' },
    });
    const api = await tillApi(till.id);
    const manager = await managerApi();
    const twoDaysAgo = new Date(Date.now() - 48 * HOUR);
    const day = businessDate(twoDaysAgo, location.timezone, location.businessDayStartHour);
    expect((await manager.request('zReport', { query: { date: day } })).status).toBe(200);

    await api.call('reportDeviceSync', {
      body: { waiting: 4, oldestAt: twoDaysAgo.toISOString(), refused: 0, lastSyncedAt: null },
    });
    const refused = await manager.request('zReport', { query: { date: day } });
    expect(refused.status).toBe(409);
    expect(errorOf(refused)?.message).toMatch(/^The day cannot close yet: Front till holds 4 changes not yet synced/);
    expect(errorOf(refused)?.details).toMatchObject({
      reason: 'TILLS_NOT_SYNCED',
      unsyncedTills: [{ deviceId: till.id, name: 'Front till', waiting: 4, oldestAt: twoDaysAgo.toISOString() }],
    });
    // Today is still trading: its X report shows the till too (its changes are from before today).
    const x = await manager.call('xReport', {});
    expect(x.unsyncedTills.map((listed) => listed.name)).toEqual(['Front till']);
    // A day before the oldest waiting change is not held up.
    const earlier = businessDate(
      new Date(twoDaysAgo.getTime() - 48 * HOUR),
      location.timezone,
      location.businessDayStartHour,
    );
    expect((await manager.request('zReport', { query: { date: earlier } })).status).toBe(200);

    await api.call('reportDeviceSync', {
      body: { waiting: 0, oldestAt: null, refused: 0, lastSyncedAt: new Date().toISOString() },
    });
    const closed = await manager.request('zReport', { query: { date: day } });
    expect(closed.status).toBe(200);
    expect(dataOf(closed)).toMatchObject({ kind: 'Z', businessDate: day, unsyncedTills: [] });
  });

  it('a revoked till (lost for good) no longer holds the day up', async () => {
    const db = getDb();
    const location = await db.location.findUniqueOrThrow({ where: { id: demo.locationId } });
    const till = await createDevice(db);
    const yesterday = new Date(Date.now() - 30 * HOUR);
    const day = businessDate(yesterday, location.timezone, location.businessDayStartHour);
    await (
      await tillApi(till.id)
    ).call('reportDeviceSync', {
      body: { waiting: 1, oldestAt: yesterday.toISOString(), refused: 0, lastSyncedAt: null },
    });
    const manager = await managerApi();
    expect((await manager.request('zReport', { query: { date: day } })).status).toBe(409);
    await manager.call('revokeDevice', { params: { id: till.id } });
    expect((await manager.request('zReport', { query: { date: day } })).status).toBe(200);
  });
});

describe("an item 86'd while a till sold it offline", () => {
  it('is accepted from a paired till that rang it up offline, and flagged in the audit log once, however often it is replayed', async () => {
    const db = getDb();
    const till = await createDevice(db);
    const api = await tillApi(till.id);
    const menu = await api.call('menu', {});
    const item = menu.categories
      .flatMap((category) => category.items)
      .find((candidate) => candidate.isAvailable && candidate.modifierGroups.some((group) => group.modifiers.length))!;
    const option = item.modifierGroups.find((group) => group.modifiers.length)!.modifiers[0]!;
    const plain = menu.categories
      .flatMap((category) => category.items)
      .find((candidate) => candidate.isAvailable && candidate.id !== item.id && candidate.modifierGroups.length === 0)!;
    // Sold offline at 20:10; the kitchen 86'd the item and the option at 20:20; the till syncs at 20:30.
    await db.item.update({ where: { id: item.id }, data: { isAvailable: false } });
    await db.modifier.update({ where: { id: option.id }, data: { isAvailable: false } });
    try {
      const orderId = crypto.randomUUID();
      const line = { id: crypto.randomUUID(), itemId: item.id, quantity: 2, modifierIds: [option.id] };
      const offlineAt = new Date(Date.now() - 20 * 60_000).toISOString();
      const body = { id: orderId, type: 'TAKEAWAY' as const, lines: [line], offlineAt };

      // Live (no offlineAt), the same sale is refused in words, as before.
      const live = await api.request('createOrder', {
        body: { ...body, id: crypto.randomUUID(), offlineAt: undefined },
        idempotencyKey: crypto.randomUUID(),
      });
      expect(live.status).toBe(422);
      expect(errorOf(live)?.message).toMatch(/sold out \(86'd\)/);

      const key = crypto.randomUUID();
      for (let replay = 0; replay < 2; replay += 1) {
        const created = await api.request('createOrder', { body, idempotencyKey: key });
        expect(created.status).toBe(201);
        expect(dataOf(created).order.lines).toMatchObject([{ id: line.id, name: item.name, quantity: 2 }]);
      }
      // Another round offline with a plain item and the 86'd one again.
      const more = [
        { id: crypto.randomUUID(), itemId: plain.id, quantity: 1 },
        { id: crypto.randomUUID(), itemId: item.id, quantity: 1 },
      ];
      await api.call('addOrderLines', {
        params: { id: orderId },
        body: { lines: more, offlineAt },
        idempotencyKey: crypto.randomUUID(),
      });
      const flags = await db.auditLog.findMany({
        where: { action: 'order.sold_while_86d', entityId: orderId },
        orderBy: { seq: 'asc' },
      });
      expect(flags.map((flag) => [flag.deviceId, flag.actorUserId, flag.after])).toEqual([
        [
          till.id,
          demo.users.cashier,
          { offlineAt, lines: [{ id: line.id, name: item.name, quantity: 2, soldOut: [item.name, option.name] }] },
        ],
        [
          till.id,
          demo.users.cashier,
          { offlineAt, lines: [{ id: more[1]!.id, name: item.name, quantity: 1, soldOut: [item.name] }] },
        ],
      ]);

      // Not from a browser that is not a paired till, nor from an outage longer than 72 hours.
      const unpaired = await (
        await tillApi(null)
      ).request('createOrder', {
        body: { ...body, id: crypto.randomUUID() },
        idempotencyKey: crypto.randomUUID(),
      });
      expect(unpaired.status).toBe(422);
      const tooOld = await api.request('createOrder', {
        body: { ...body, id: crypto.randomUUID(), offlineAt: new Date(Date.now() - 73 * HOUR).toISOString() },
        idempotencyKey: crypto.randomUUID(),
      });
      expect(tooOld.status).toBe(422);
    } finally {
      await db.item.update({ where: { id: item.id }, data: { isAvailable: true } });
      await db.modifier.update({ where: { id: option.id }, data: { isAvailable: true } });
    }
  });
});

describe('an order rung up offline', () => {
  it("belongs to the trading day it was made in, not the day it synced (and that day's Z counts it)", async () => {
    const db = getDb();
    const location = await db.location.findUniqueOrThrow({ where: { id: demo.locationId } });
    const api = await tillApi((await createDevice(db)).id);
    const menu = await api.call('menu', {});
    const item = menu.categories
      .flatMap((category) => category.items)
      .find((candidate) => candidate.isAvailable && candidate.modifierGroups.length === 0)!;
    const madeAt = new Date(Date.now() - 26 * HOUR);
    const day = businessDate(madeAt, location.timezone, location.businessDayStartHour);
    const today = businessDate(new Date(), location.timezone, location.businessDayStartHour);
    expect(day < today).toBe(true);
    const manager = await managerApi();
    const before = (await manager.call('zReport', { query: { date: day } })).orders;

    const lines = [{ id: crypto.randomUUID(), itemId: item.id, quantity: 1 }];
    const { order } = await api.call('createOrder', {
      body: { id: crypto.randomUUID(), type: 'TAKEAWAY', lines, offlineAt: madeAt.toISOString() },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(order.businessDate).toBe(day);
    await api.call('takePayment', {
      params: { id: order.id },
      body: {
        method: 'CASH',
        amountPence: order.totals.totalPence,
        tipPence: 0,
        tenderedPence: order.totals.totalPence,
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect((await manager.call('zReport', { query: { date: day } })).orders).toBe(before + 1);

    // Live, or from a browser that is not a paired till, an order is today's whatever it claims.
    const live = await (
      await tillApi(null)
    ).call('createOrder', {
      body: {
        id: crypto.randomUUID(),
        type: 'TAKEAWAY',
        lines: [{ ...lines[0]!, id: crypto.randomUUID() }],
        offlineAt: madeAt.toISOString(),
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(live.order.businessDate).toBe(today);
  });
});
