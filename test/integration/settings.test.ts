// A manager changes the location's settings; the till's bills and the payment rules follow.
import { describe, expect, it } from 'vitest';
import { PATCH as patchSettingsRoute } from '@/app/api/v1/settings/route';
import { getDb } from '@/lib/db';
import { type ApiBody, dataOf, testApi } from '../api-client';
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
