// Every endpoint that honours an Idempotency-Key, walked from the contract: the first request
// commits its answer with its change; the same request again replays that answer and writes
// nothing (no audit row, no event, no second change). A new idempotent endpoint must join the table.
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import type { CallOptions } from '@/lib/client/call-api';
import { api, type Endpoint } from '@/lib/schemas/api';
import type { TOrder } from '@/lib/schemas/orders';
import { orderWithCheckout } from '../factories/checkouts';
import { menu } from '../factories/orders';
import { createDevice, createStaff, demo } from '../factories/staff';
import { createStripeApi } from '../fakes/stripe-api';
import { testApi } from '../api-client';
import { sessionCookie } from '../http';
import { setTestEnv, unsetTestEnv } from '../test-env';

type IdempotentEndpoint = {
  [K in keyof typeof api]: (typeof api)[K] extends { idempotency: string } ? K : never;
}[keyof typeof api];

/** A request to one endpoint, without its Idempotency-Key (the test adds one). */
type Case<N extends IdempotentEndpoint> = Omit<CallOptions<N>, 'idempotencyKey'> & {
  /** Public endpoints (the customer's phone) send no session. */
  isPublic?: boolean;
};

const cashier = () =>
  createDevice(getDb()).then((device) =>
    sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId: device.id }),
  );
const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });

async function order(cookie: string): Promise<TOrder> {
  const created = await testApi({ cookie }).call('createOrder', {
    body: {
      type: 'DINE_IN',
      tableId: menu.table5,
      lines: [
        { itemId: menu.crisps, quantity: 2 },
        { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough], course: 2 },
      ],
    },
    idempotencyKey: randomUUID(),
  });
  return created.order;
}

async function openDrawer(cookie: string): Promise<string> {
  const opened = await testApi({ cookie }).call('openCashSession', {
    body: { floatPence: 10_000 },
    idempotencyKey: randomUUID(),
  });
  return opened.cashSession.id;
}

const orderId = async (cookie: string) => ({ id: (await order(cookie)).id });

/** A ticket on the kitchen screen: an order sent, its first ticket. */
async function ticketId(cookie: string): Promise<string> {
  const sent = await testApi({ cookie }).call('sendOrder', {
    params: await orderId(cookie),
    body: {},
    idempotencyKey: randomUUID(),
  });
  return sent.tickets[0]!.id;
}

/** An empty area of the demo café with one table on it, for the floor-plan cases. */
async function areaWithTable() {
  const db = getDb();
  const area = await db.area.create({
    data: { locationId: demo.locationId, name: `Room ${randomUUID().slice(0, 8)}` },
  });
  const table = await db.table.create({
    data: { locationId: demo.locationId, areaId: area.id, name: `T-${randomUUID().slice(0, 8)}`, x: 0, y: 0 },
  });
  return { areaId: area.id, tableId: table.id };
}

/** For each endpoint that honours a key: a request that succeeds, made ready by the case. */
const cases: { [N in IdempotentEndpoint]: (cookie: string) => Promise<Case<N>> } = {
  revokeDevice: async () => ({ params: { id: (await createDevice(getDb())).id } }),
  renameDevice: async () => ({ params: { id: (await createDevice(getDb())).id }, body: { name: 'Bar till' } }),
  deactivateStaff: async () => ({ params: { id: (await createStaff(getDb(), { role: 'CASHIER' })).id } }),
  reactivateStaff: async () => {
    const member = await createStaff(getDb(), { role: 'CASHIER' });
    await getDb().user.update({ where: { id: member.id }, data: { isActive: false } });
    return { params: { id: member.id } };
  },
  createStaff: async () => ({ body: { name: 'New starter', role: 'CASHIER', pin: '864209' } }),
  updateStaff: async () => ({
    params: { id: (await createStaff(getDb(), { role: 'CASHIER' })).id },
    body: { role: 'SUPERVISOR', pin: '864210' },
  }),
  inviteStaff: async () => {
    const member = await createStaff(getDb(), { role: 'MANAGER' });
    await getDb().user.update({ where: { id: member.id }, data: { email: `invite-${member.id}@example.com` } });
    return { params: { id: member.id } };
  },
  createArea: async () => ({ body: { name: `Room ${randomUUID().slice(0, 8)}` } }),
  updateArea: async () => ({
    params: { id: (await areaWithTable()).areaId },
    body: { name: `Room ${randomUUID().slice(0, 8)}` },
  }),
  deleteArea: async () => {
    const area = await getDb().area.create({
      data: { locationId: demo.locationId, name: `Room ${randomUUID().slice(0, 8)}` },
    });
    return { params: { id: area.id } };
  },
  createTable: async () => ({
    body: { areaId: (await areaWithTable()).areaId, name: `T-${randomUUID().slice(0, 8)}`, seats: 4, x: 3, y: 2 },
  }),
  updateTable: async () => ({ params: { id: (await areaWithTable()).tableId }, body: { x: 5, shape: 'ROUND' } }),
  deleteTable: async () => ({ params: { id: (await areaWithTable()).tableId } }),
  createOrder: async () => ({ body: { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] } }),
  addOrderLines: async (cookie) => ({
    params: await orderId(cookie),
    body: { lines: [{ itemId: menu.croissant, quantity: 1 }] },
  }),
  sendOrder: async (cookie) => ({ params: await orderId(cookie), body: {} }),
  voidOrderLine: async (cookie) => {
    const { id, lines } = await order(cookie);
    return { params: { id, lineId: lines[0]!.id }, body: { reason: 'Mis-tap' } };
  },
  voidOrder: async (cookie) => ({ params: await orderId(cookie), body: { reason: 'Left' } }),
  updateOrder: async (cookie) => ({ params: await orderId(cookie), body: { covers: 3 } }),
  updateOrderLine: async (cookie) => {
    const { id, lines } = await order(cookie);
    return { params: { id, lineId: lines[0]!.id }, body: { quantity: 4 } };
  },
  moveOrder: async (cookie) => ({ params: await orderId(cookie), body: { tableId: menu.table9 } }),
  mergeOrders: async (cookie) => {
    const [target, source] = [await order(cookie), await order(cookie)];
    return { params: { id: target.id }, body: { fromOrderId: source.id } };
  },
  fireCourse: async (cookie) => ({ params: await orderId(cookie), body: { course: 2 } }),
  addDiscount: async (cookie) => ({
    params: await orderId(cookie),
    body: { kind: 'PERCENT', percentBps: 500, reason: 'Regular' },
  }),
  takePayment: async (cookie) => ({ params: await orderId(cookie), body: { method: 'CASH', amountPence: 100 } }),
  refundPayment: async (cookie) => {
    const { id } = await order(cookie);
    const paid = await testApi({ cookie }).call('takePayment', {
      params: { id },
      body: { method: 'CASH', amountPence: 300 },
      idempotencyKey: randomUUID(),
    });
    return { params: { id: paid.payment.id }, body: { amountPence: 150, reason: 'Cold' } };
  },
  createCheckout: async (cookie) => ({ params: await orderId(cookie), body: {} }),
  payByBank: async () => {
    const { checkout } = await orderWithCheckout();
    return { params: { token: checkout.token }, body: { tipPence: 0 }, isPublic: true };
  },
  payByCard: async () => {
    const { checkout } = await orderWithCheckout();
    return { params: { token: checkout.token }, body: { tipPence: 0 }, isPublic: true };
  },
  importMenu: async () => ({ body: { csv: 'category,name,price,vat_eat_in\r\nSoups,Leek and potato,4.50,20\r\n' } }),
  openCashSession: async () => ({ body: { floatPence: 5_000 } }),
  cashMovement: async (cookie) => ({
    params: { id: await openDrawer(cookie) },
    body: { kind: 'PAY_IN', amountPence: 500, reason: 'Change from the bank' },
  }),
  closeCashSession: async (cookie) => ({ params: { id: await openDrawer(cookie) }, body: { countedPence: 10_000 } }),
  startTicket: async (cookie) => ({ params: { id: await ticketId(cookie) } }),
  bumpTicket: async (cookie) => ({ params: { id: await ticketId(cookie) }, body: {} }),
  recallTicket: async (cookie) => {
    const id = await ticketId(cookie);
    await testApi({ cookie }).call('bumpTicket', { params: { id }, body: {} });
    return { params: { id } };
  },
};

const STRIPE_ENV = { STRIPE_SECRET_KEY: 'sk_test_fynlo', STRIPE_PUBLISHABLE_KEY: 'pk_test_fynlo' };
const stripe = setupServer();
beforeAll(() => stripe.listen({ onUnhandledRequest: 'bypass' }));
beforeEach(() => {
  stripe.resetHandlers(...createStripeApi().handlers);
  setTestEnv(STRIPE_ENV);
  resetEnvForTests();
});
afterEach(() => {
  unsetTestEnv(Object.keys(STRIPE_ENV));
  resetEnvForTests();
});
afterAll(() => stripe.close());

const written = async () => {
  const db = getDb();
  const [audit, events, records] = await Promise.all([
    db.auditLog.count(),
    db.outboxEvent.count(),
    db.idempotencyRecord.count(),
  ]);
  return { audit, events, records };
};

describe('idempotency: every endpoint that honours a key', () => {
  it('the table covers every idempotent endpoint of the contract', () => {
    const idempotent = Object.entries(api)
      .filter(([, endpoint]) => 'idempotency' in endpoint)
      .map(([name]) => name);
    expect(Object.keys(cases).sort()).toEqual(idempotent.sort());
  });

  it.each(Object.keys(cases) as IdempotentEndpoint[])(
    '%s: the answer is committed with the change and replayed without a second change',
    async (name) => {
      // A manager acts on their own authority, so no case needs an approval PIN; a drawer belongs to
      // a till, so drawer cases get a till of their own.
      const drawer = name === 'openCashSession' || name === 'cashMovement' || name === 'closeCashSession';
      const cookie = drawer ? await cashier() : await manager();
      const { isPublic, ...request } = await (cases[name] as (cookie: string) => Promise<Case<typeof name>>)(cookie);
      const key = randomUUID();
      const client = testApi({ cookie: isPublic ? undefined : cookie });
      const send = () => client.request(name, { ...request, idempotencyKey: key } as CallOptions<typeof name>);
      const first = await send();
      expect(first.status, JSON.stringify(first)).toBe((api[name] as Endpoint).successStatus ?? 200);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const firstBody = first.ok ? first.data : first.error;
      const stored = await getDb().idempotencyRecord.findFirstOrThrow({ where: { key } });
      expect(stored.statusCode).toBe(first.status);
      expect(stored.responseBody).toEqual(firstBody);

      const before = await written();
      const replay = await send();
      expect(replay.status).toBe(first.status);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.ok && replay.data).toEqual(firstBody);
      expect(await written()).toEqual(before);
    },
  );
});

describe('idempotency: the database guard', () => {
  it('refuses a second payment under one Idempotency-Key on one order, whatever the code does', async () => {
    const cookie = await manager();
    const { id: orderId } = await order(cookie);
    const key = randomUUID();
    const paid = await testApi({ cookie }).request('takePayment', {
      params: { id: orderId },
      body: { method: 'CASH', amountPence: 100 },
      idempotencyKey: key,
    });
    expect(paid.status).toBe(201);
    const db = getDb();
    await expect(
      db.payment.create({
        data: {
          locationId: demo.locationId,
          orderId,
          method: 'CASH',
          status: 'SUCCEEDED',
          amountPence: 100,
          idempotencyKey: key,
        },
      }),
    ).rejects.toThrow(/Unique constraint/);
    expect(await db.payment.count({ where: { orderId } })).toBe(1);
  });
});
