// A manager changes the location's settings; the till's bills and the payment rules follow.
import { describe, expect, it } from 'vitest';
import { PATCH as patchSettingsRoute } from '@/app/api/v1/settings/route';
import { getDb } from '@/lib/db';
import { type ApiBody, dataOf, errorOf, testApi } from '../api-client';
import { createOrderAs, menu } from '../factories/orders';
import { demo } from '../factories/staff';
import { call, sessionCookie } from '../http';

const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });
const patch = async (body: ApiBody<'updateSettings'>, cookie?: string) =>
  testApi({ cookie: cookie ?? (await manager()) }).request('updateSettings', { body });

describe('location settings', () => {
  it('a manager reads and changes them; each change is audited; new bills carry the service charge', async () => {
    const read = await testApi({ cookie: await manager() }).request('getSettings', {});
    expect(read.status).toBe(200);
    expect(dataOf(read).settings).toMatchObject({
      tipsEnabled: true,
      tipPresetsBps: [500, 1000, 2000],
      serviceChargeBps: 0,
    });

    const changed = await patch({ serviceChargeBps: 1250, tipPresetsBps: [1000, 1500], vatNumber: 'GB123456789' });
    expect(changed.status).toBe(200);
    expect(dataOf(changed).settings).toMatchObject({
      serviceChargeBps: 1250,
      tipPresetsBps: [1000, 1500],
      vatNumber: 'GB123456789',
    });
    expect(await getDb().auditLog.count({ where: { action: 'settings.updated', entityId: demo.locationId } })).toBe(1);

    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    const { order } = dataOf(
      await createOrderAs(cashier, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 2 }] }),
    );
    expect(order.totals).toMatchObject({ subtotalPence: 300, serviceChargeBps: 1250, serviceChargePence: 38 });
    expect(order.totals.totalPence).toBe(338);
  });

  it('refuses what makes no sense (422) and anyone but an owner or manager (403)', async () => {
    expect((await patch({ ticketWarnMinutes: 20, ticketLateMinutes: 10 })).status).toBe(422);
    expect((await patch({ ticketWarnMinutes: 30 })).status).toBe(422); // after the red threshold of 15
    expect((await patch({ tipPresetsBps: [1000, 1000] })).status).toBe(422);
    expect((await patch({ serviceChargeBps: 5000 })).status).toBe(422);
    expect((await patch({ name: '' })).status).toBe(422);
    // Raw: a field the contract does not have.
    const unknownField = await call(patchSettingsRoute, {
      method: 'PATCH',
      path: '/api/v1/settings',
      body: { colour: 'red' },
      cookie: await manager(),
    });
    expect(unknownField.status).toBe(422);
    const supervisor = await sessionCookie({ userId: demo.users.supervisor, locationId: demo.locationId });
    expect((await patch({ serviceChargeBps: 0 }, supervisor)).status).toBe(403);
  });
});

describe('location settings: when the venue trades', () => {
  it('opening hours, closed dates, time zone and trading-day start are saved, audited and announced to the tills', async () => {
    const before = await getDb().outboxEvent.count({ where: { locationId: demo.locationId } });
    const changed = await patch({
      openingHours: [
        { day: 6, opens: '09:00', closes: '16:00' },
        { day: 5, opens: '18:00', closes: '02:00' },
        { day: 1, opens: '07:30', closes: '17:00' },
      ],
      closedDates: ['2026-12-26', '2026-12-25', '2026-12-25'],
      timezone: 'europe/dublin',
      businessDayStartHour: 5,
    });
    expect(changed.status, JSON.stringify(changed)).toBe(200);
    expect(dataOf(changed).settings).toMatchObject({
      // Sorted by day; a day left out (Sunday, Tuesday…) is closed.
      openingHours: [
        { day: 1, opens: '07:30', closes: '17:00' },
        { day: 5, opens: '18:00', closes: '02:00' },
        { day: 6, opens: '09:00', closes: '16:00' },
      ],
      closedDates: ['2026-12-25', '2026-12-26'],
      timezone: 'Europe/Dublin',
      businessDayStartHour: 5,
    });
    const audit = await getDb().auditLog.findFirstOrThrow({
      where: { action: 'settings.updated', entityId: demo.locationId },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.before).toMatchObject({ openingHours: null, closedDates: [], timezone: 'Europe/London' });
    const events = await getDb().outboxEvent.findMany({
      where: { locationId: demo.locationId },
      orderBy: { seq: 'desc' },
      take: 1,
    });
    expect(await getDb().outboxEvent.count({ where: { locationId: demo.locationId } })).toBe(before + 1);
    expect(events[0]).toMatchObject({ type: 'menu.updated', payload: { action: 'settings.updated' } });
    // The till reads them from `me` (again on that event) for its "Open until …".
    const cashier = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
    expect(dataOf(await testApi({ cookie: cashier }).request('me', {})).location).toMatchObject({
      timezone: 'Europe/Dublin',
      openingHours: [{ day: 1 }, { day: 5 }, { day: 6 }],
      closedDates: ['2026-12-25', '2026-12-26'],
    });

    // Cleared again: no hours said.
    const cleared = await patch({ openingHours: null, closedDates: [] });
    expect(dataOf(cleared).settings).toMatchObject({
      openingHours: null,
      closedDates: [],
    });
  });

  it.each([
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a VAT number that is not GB + 9 or 12 digits', { vatNumber: 'GB1234' }, 'vatNumber'],
    ['a trading day starting at 24', { businessDayStartHour: 24 }, 'businessDayStartHour'],
    ['a negative trading-day hour', { businessDayStartHour: -1 }, 'businessDayStartHour'],
    [
      'two entries for one day',
      {
        openingHours: [
          { day: 1, opens: '07:00', closes: '12:00' },
          { day: 1, opens: '13:00', closes: '17:00' },
        ],
      },
      'openingHours',
    ],
    ['a day 7', { openingHours: [{ day: 7, opens: '07:00', closes: '12:00' }] }, 'openingHours.0.day'],
    ['a time off the clock', { openingHours: [{ day: 2, opens: '7am', closes: '12:00' }] }, 'openingHours.0.opens'],
    ['a date that is not on the calendar', { closedDates: ['2026-02-30'] }, 'closedDates.0'],
  ])('%s is a 422 naming the field, and nothing changes', async (_, body, path) => {
    const answer = await patch(body);
    expect(answer.status).toBe(422);
    expect((errorOf(answer)?.details as { path: string }[]).map((detail) => detail.path)).toContain(path);
  });
});
