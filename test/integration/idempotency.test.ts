// Every endpoint that honours an Idempotency-Key, walked from the contract: the first request
// commits its answer with its change; the same request again replays that answer and writes
// nothing (no audit row, no event, no second change). A new idempotent endpoint must join the table.
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { POST as openDrawerRoute } from '@/app/api/v1/cash-sessions/route';
import { POST as closeDrawerRoute } from '@/app/api/v1/cash-sessions/[id]/close/route';
import { POST as movementRoute } from '@/app/api/v1/cash-sessions/[id]/movements/route';
import { POST as cardRoute } from '@/app/api/v1/checkout/[token]/card/route';
import { POST as payByBankRoute } from '@/app/api/v1/checkout/[token]/pay-by-bank/route';
import { POST as revokeRoute } from '@/app/api/v1/devices/[id]/revoke/route';
import { POST as checkoutRoute } from '@/app/api/v1/orders/[id]/checkout/route';
import { POST as discountRoute } from '@/app/api/v1/orders/[id]/discounts/route';
import { POST as fireRoute } from '@/app/api/v1/orders/[id]/fire/route';
import { PATCH as updateLineRoute } from '@/app/api/v1/orders/[id]/lines/[lineId]/route';
import { POST as voidLineRoute } from '@/app/api/v1/orders/[id]/lines/[lineId]/void/route';
import { POST as addLinesRoute } from '@/app/api/v1/orders/[id]/lines/route';
import { POST as mergeRoute } from '@/app/api/v1/orders/[id]/merge/route';
import { POST as moveRoute } from '@/app/api/v1/orders/[id]/move/route';
import { POST as payRoute } from '@/app/api/v1/orders/[id]/payments/route';
import { PATCH as updateOrderRoute } from '@/app/api/v1/orders/[id]/route';
import { POST as sendRoute } from '@/app/api/v1/orders/[id]/send/route';
import { POST as voidOrderRoute } from '@/app/api/v1/orders/[id]/void/route';
import { POST as createOrderRoute } from '@/app/api/v1/orders/route';
import { POST as refundRoute } from '@/app/api/v1/payments/[id]/refunds/route';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { api, type Endpoint } from '@/lib/schemas/api';
import type { TOrder } from '@/lib/schemas/orders';
import { orderWithCheckout } from '../factories/checkouts';
import { createOrderAs, menu } from '../factories/orders';
import { createDevice, demo } from '../factories/staff';
import { createStripeApi } from '../fakes/stripe-api';
import { call, type Handler, sessionCookie } from '../http';
import { setTestEnv, unsetTestEnv } from '../test-env';

type IdempotentEndpoint = {
  [K in keyof typeof api]: (typeof api)[K] extends { idempotency: string } ? K : never;
}[keyof typeof api];

type Request = {
  handler: Handler;
  method: 'POST' | 'PATCH';
  path: string;
  params: Record<string, string>;
  body: Record<string, unknown>;
  /** Public endpoints (the customer's phone) send no session. */
  isPublic?: boolean;
};

const cashier = () =>
  createDevice(getDb()).then((device) =>
    sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId, deviceId: device.id }),
  );
const manager = () => sessionCookie({ userId: demo.users.manager, locationId: demo.locationId });

async function order(cookie: string, body: Record<string, unknown> = {}): Promise<TOrder> {
  const created = await createOrderAs(cookie, {
    type: 'DINE_IN',
    tableId: menu.table5,
    lines: [
      { itemId: menu.crisps, quantity: 2 },
      { itemId: menu.fullEnglish, quantity: 1, modifierIds: [menu.friedEggs, menu.sourdough], course: 2 },
    ],
    ...body,
  });
  expect(created.status).toBe(201);
  return (created.body as { order: TOrder }).order;
}

const orderRequest = (
  handler: Handler,
  method: 'POST' | 'PATCH',
  orderId: string,
  suffix: string,
  body: Record<string, unknown>,
  params: Record<string, string> = {},
): Request => ({
  handler,
  method,
  path: `/api/v1/orders/${orderId}${suffix}`,
  params: { id: orderId, ...params },
  body,
});

async function openDrawer(cookie: string): Promise<string> {
  const opened = await call(openDrawerRoute, {
    method: 'POST',
    path: '/api/v1/cash-sessions',
    body: { floatPence: 10_000 },
    cookie,
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(opened.status).toBe(201);
  return (opened.body as { cashSession: { id: string } }).cashSession.id;
}

const cases: Record<IdempotentEndpoint, (cookie: string) => Promise<Request>> = {
  revokeDevice: async () => {
    const device = await createDevice(getDb());
    return {
      handler: revokeRoute,
      method: 'POST',
      path: `/api/v1/devices/${device.id}/revoke`,
      params: { id: device.id },
      body: {},
    };
  },
  createOrder: async () => ({
    handler: createOrderRoute,
    method: 'POST',
    path: '/api/v1/orders',
    params: {},
    body: { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity: 1 }] },
  }),
  addOrderLines: async (cookie) =>
    orderRequest(addLinesRoute, 'POST', (await order(cookie)).id, '/lines', {
      lines: [{ itemId: menu.croissant, quantity: 1 }],
    }),
  sendOrder: async (cookie) => orderRequest(sendRoute, 'POST', (await order(cookie)).id, '/send', {}),
  voidOrderLine: async (cookie) => {
    const { id, lines } = await order(cookie);
    return orderRequest(
      voidLineRoute,
      'POST',
      id,
      `/lines/${lines[0]!.id}/void`,
      { reason: 'Mis-tap' },
      {
        lineId: lines[0]!.id,
      },
    );
  },
  voidOrder: async (cookie) =>
    orderRequest(voidOrderRoute, 'POST', (await order(cookie)).id, '/void', { reason: 'Left' }),
  updateOrder: async (cookie) => orderRequest(updateOrderRoute, 'PATCH', (await order(cookie)).id, '', { covers: 3 }),
  updateOrderLine: async (cookie) => {
    const { id, lines } = await order(cookie);
    return orderRequest(
      updateLineRoute,
      'PATCH',
      id,
      `/lines/${lines[0]!.id}`,
      { quantity: 4 },
      {
        lineId: lines[0]!.id,
      },
    );
  },
  moveOrder: async (cookie) =>
    orderRequest(moveRoute, 'POST', (await order(cookie)).id, '/move', { tableId: menu.table9 }),
  mergeOrders: async (cookie) => {
    const [target, source] = [await order(cookie), await order(cookie)];
    return orderRequest(mergeRoute, 'POST', target.id, '/merge', { fromOrderId: source.id });
  },
  fireCourse: async (cookie) => orderRequest(fireRoute, 'POST', (await order(cookie)).id, '/fire', { course: 2 }),
  addDiscount: async (cookie) =>
    orderRequest(discountRoute, 'POST', (await order(cookie)).id, '/discounts', {
      kind: 'PERCENT',
      percentBps: 500,
      reason: 'Regular',
    }),
  takePayment: async (cookie) =>
    orderRequest(payRoute, 'POST', (await order(cookie)).id, '/payments', { method: 'CASH', amountPence: 100 }),
  refundPayment: async (cookie) => {
    const { id } = await order(cookie);
    const paid = await call(payRoute, {
      method: 'POST',
      path: `/api/v1/orders/${id}/payments`,
      params: { id },
      body: { method: 'CASH', amountPence: 300 },
      cookie,
      headers: { 'idempotency-key': randomUUID() },
    });
    const paymentId = (paid.body as { payment: { id: string } }).payment.id;
    return {
      handler: refundRoute,
      method: 'POST',
      path: `/api/v1/payments/${paymentId}/refunds`,
      params: { id: paymentId },
      body: { amountPence: 150, reason: 'Cold' },
    };
  },
  createCheckout: async (cookie) => orderRequest(checkoutRoute, 'POST', (await order(cookie)).id, '/checkout', {}),
  payByBank: async () => {
    const { checkout } = await orderWithCheckout();
    return {
      handler: payByBankRoute,
      method: 'POST',
      path: `/api/v1/checkout/${checkout.token}/pay-by-bank`,
      params: { token: checkout.token },
      body: { tipPence: 0 },
      isPublic: true,
    };
  },
  payByCard: async () => {
    const { checkout } = await orderWithCheckout();
    return {
      handler: cardRoute,
      method: 'POST',
      path: `/api/v1/checkout/${checkout.token}/card`,
      params: { token: checkout.token },
      body: { tipPence: 0 },
      isPublic: true,
    };
  },
  openCashSession: async () => ({
    handler: openDrawerRoute,
    method: 'POST',
    path: '/api/v1/cash-sessions',
    params: {},
    body: { floatPence: 5_000 },
  }),
  cashMovement: async (cookie) => {
    const id = await openDrawer(cookie);
    return {
      handler: movementRoute,
      method: 'POST',
      path: `/api/v1/cash-sessions/${id}/movements`,
      params: { id },
      body: { kind: 'PAY_IN', amountPence: 500, reason: 'Change from the bank' },
    };
  },
  closeCashSession: async (cookie) => {
    const id = await openDrawer(cookie);
    return {
      handler: closeDrawerRoute,
      method: 'POST',
      path: `/api/v1/cash-sessions/${id}/close`,
      params: { id },
      body: { countedPence: 10_000 },
    };
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
      const request = await cases[name](cookie);
      const key = randomUUID();
      const send = () =>
        call(request.handler, {
          method: request.method,
          path: request.path,
          params: request.params,
          body: request.body,
          cookie: request.isPublic ? undefined : cookie,
          headers: { 'idempotency-key': key },
        });
      const first = await send();
      expect(first.status, JSON.stringify(first.body)).toBe((api[name] as Endpoint).successStatus ?? 200);
      expect(first.headers.get('idempotent-replayed')).toBeNull();
      const stored = await getDb().idempotencyRecord.findFirstOrThrow({ where: { key } });
      expect(stored.statusCode).toBe(first.status);
      expect(stored.responseBody).toEqual(first.body);

      const before = await written();
      const replay = await send();
      expect(replay.status).toBe(first.status);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect(await written()).toEqual(before);
    },
  );
});

describe('idempotency: the database guard', () => {
  it('refuses a second payment under one Idempotency-Key on one order, whatever the code does', async () => {
    const cookie = await manager();
    const { id: orderId } = await order(cookie);
    const key = randomUUID();
    const paid = await call(payRoute, {
      method: 'POST',
      path: `/api/v1/orders/${orderId}/payments`,
      params: { id: orderId },
      body: { method: 'CASH', amountPence: 100 },
      cookie,
      headers: { 'idempotency-key': key },
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
