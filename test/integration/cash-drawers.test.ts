// Cash taken on a till with no drawer open is never refused and never lost: it is recorded against
// the till and joins the next drawer that till opens, so each drawer's count and the day's report
// agree (the report shows cash not in any drawer yet on a line of its own, never as a variance).
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { testApi } from '../api-client';
import { menu } from '../factories/orders';
import { createDevice, demo } from '../factories/staff';
import { sessionCookie } from '../http';

async function tillCashier() {
  const device = await createDevice(getDb());
  const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId: device.id });
  return { device, api: testApi({ cookie }) };
}

async function cashSale(api: ReturnType<typeof testApi>, quantity: number) {
  const { order } = await api.call('createOrder', {
    body: { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity }] },
    idempotencyKey: randomUUID(),
  });
  return api.call('takePayment', {
    params: { id: order.id },
    body: { method: 'CASH', amountPence: order.totals.duePence },
    idempotencyKey: randomUUID(),
  });
}

const managerApi = async () =>
  testApi({ cookie: await sessionCookie({ userId: demo.users.manager, locationId: demo.locationId }) });

describe('cash drawers: cash taken before the drawer opens', () => {
  it('joins the till’s next drawer, so the count balances and the X report agrees with the drawer', async () => {
    const { device, api } = await tillCashier();
    const other = await tillCashier();
    const before = (await (await managerApi()).call('xReport', {})).cash;

    const sale = await cashSale(api, 2); // £3.00 with no drawer open
    await cashSale(other.api, 1); // £1.50 on another till, also with no drawer
    const { payment } = sale;
    expect(payment.amountPence).toBe(300);
    const loose = (await (await managerApi()).call('xReport', {})).cash;
    expect(loose.notInDrawerPence - before.notInDrawerPence).toBe(450);
    expect(loose.expectedPence).toBe(before.expectedPence);

    const { cashSession: drawer } = await api.call('openCashSession', {
      body: { floatPence: 5_000 },
      idempotencyKey: randomUUID(),
    });
    expect(drawer.cashSalesPence).toBe(300);
    expect(drawer.expectedPence).toBe(5_300);
    const opened = await getDb().auditLog.findFirstOrThrow({
      where: { action: 'cash.opened', entityId: drawer.id },
    });
    expect(opened.after).toEqual({ floatPence: 5_000, attachedPayments: 1, attachedRefunds: 0 });
    expect((await getDb().payment.findUniqueOrThrow({ where: { id: payment.id } })).deviceId).toBe(device.id);

    const { cashSession: closed } = await api.call('closeCashSession', {
      params: { id: drawer.id },
      body: { countedPence: 5_300 },
      idempotencyKey: randomUUID(),
    });
    expect(closed.variancePence).toBe(0);
    const after = (await (await managerApi()).call('xReport', {})).cash;
    // The other till's £1.50 is still loose; this till's £3.00 is in its drawer, which balanced.
    expect(after.notInDrawerPence - before.notInDrawerPence).toBe(150);
    expect(after.expectedPence - before.expectedPence).toBe(5_300);
    expect((after.countedPence ?? 0) - (before.countedPence ?? 0)).toBe(5_300);
    expect((after.variancePence ?? 0) - (before.variancePence ?? 0)).toBe(0);
  });
});
