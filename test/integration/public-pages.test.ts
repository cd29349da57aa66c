// The customer's pages and their API twins do the same thing through one use case
// (openPublicCheckout): the phone opening its bill tells the till once, audited; back from the
// bank it asks the bank too. And in production the test bank is never the silent default.
import { afterEach, describe, expect, it } from 'vitest';
import { POST as webhookRoute } from '@/app/api/webhooks/open-banking/route';
import { POST as decideRoute } from '@/app/sandbox-bank/[id]/decide/route';
import { getDb } from '@/lib/db';
import { getEnv, resetEnvForTests } from '@/lib/env';
import { getOrder } from '@/lib/server/orders/order-dto';
import { type ApiQuery, dataOf, errorOf, testApi } from '../api-client';
import { orderWithCheckout } from '../factories/checkouts';
import { demo } from '../factories/staff';
import { serveRoutes } from '../serve';
import { setTestEnv, unsetTestEnv } from '../test-env';

/** The test process's own NODE_ENV, put back after each test. */
const getEnvForRestore = () => ({ NODE_ENV: getEnv().NODE_ENV });

const phoneOpens = (token: string, query?: ApiQuery<'publicCheckout'>) =>
  testApi({ from: '198.51.100.20' }).request('publicCheckout', { params: { token }, query });

const startPayByBank = (token: string) =>
  testApi({ from: '198.51.100.21' }).request('payByBank', { params: { token }, body: { tipPence: 0 } });

const { NODE_ENV } = getEnvForRestore();
afterEach(() => {
  setTestEnv({ NODE_ENV });
  unsetTestEnv(['OPEN_BANKING_PROVIDER']);
  resetEnvForTests();
});

describe('public checkout: the API does what the pay page does', () => {
  it('the phone reading its bill through the API tells the till once, audited, with an event', async () => {
    const { checkout } = await orderWithCheckout();
    const first = await phoneOpens(checkout.token);
    expect(first.status).toBe(200);
    expect(dataOf(first).checkout.status).toBe('OPENED');
    expect((await phoneOpens(checkout.token)).status).toBe(200);

    const db = getDb();
    expect((await db.checkoutSession.findUniqueOrThrow({ where: { id: checkout.id } })).status).toBe('OPENED');
    expect(await db.auditLog.count({ where: { action: 'checkout.opened', entityId: checkout.id } })).toBe(1);
    const events = await db.outboxEvent.findMany({ where: { type: 'checkout.updated' } });
    const opened = events.filter((event) => {
      const payload = JSON.stringify(event.payload);
      return payload.includes(checkout.id) && payload.includes('OPENED');
    });
    expect(opened).toHaveLength(1);
  });

  it('back from the bank whose webhook never came, GET …?from=bank settles the bill from the bank', async () => {
    const { order, checkout } = await orderWithCheckout(3);
    const started = await startPayByBank(checkout.token);
    expect(started.status).toBe(201);
    const bankPaymentId = /^\/sandbox-bank\/([\w-]+)$/.exec(dataOf(started).redirectUrl)![1]!;
    // The bank approves, but its webhook goes nowhere (the café's server was unreachable).
    const nowhere = await serveRoutes({});
    await decideRoute(
      new Request(`${nowhere.origin}/sandbox-bank/${bankPaymentId}/decide`, {
        method: 'POST',
        body: new URLSearchParams({ decision: 'approve', bank: 'test-bank' }),
      }),
      { params: Promise.resolve({ id: bankPaymentId }) },
    );
    await nowhere.close();
    expect((await getOrder(getDb(), demo.locationId, order.id)).totals.duePence).toBe(order.totals.totalPence);

    // Without from=bank nothing asks the bank; with it, the phone learns it has paid.
    expect(dataOf(await phoneOpens(checkout.token)).checkout.status).toBe('AT_BANK');
    const back = await phoneOpens(checkout.token, { from: 'bank' });
    expect(back.status).toBe(200);
    expect(dataOf(back).checkout.status).toBe('PAID');
    expect(await getOrder(getDb(), demo.locationId, order.id)).toMatchObject({
      status: 'CLOSED',
      totals: { duePence: 0 },
    });
  });

  it('a token that matches nothing is one 404, and opens nothing', async () => {
    const missing = await phoneOpens('AAAAAAAAAAAAAAAAAAAAAA');
    expect(missing.status).toBe(404);
    expect(errorOf(missing)?.code).toBe('NOT_FOUND');
  });
});

describe('pay by bank in production', () => {
  it('is off until a provider is named: the test bank is never the silent default', async () => {
    const { checkout } = await orderWithCheckout();
    const bankPaymentsBefore = await getDb().sandboxBankPayment.count();
    setTestEnv({ NODE_ENV: 'production' });
    unsetTestEnv(['OPEN_BANKING_PROVIDER']);
    resetEnvForTests();
    const refused = await startPayByBank(checkout.token);
    expect(refused.status).toBe(409);
    expect(errorOf(refused)?.details).toEqual({ reason: 'PAY_BY_BANK_NOT_SET_UP' });
    expect(await getDb().sandboxBankPayment.count()).toBe(bankPaymentsBefore);
    // No provider: the open-banking webhook has nobody to believe either.
    const webhook = await webhookRoute(
      new Request('http://localhost:3000/api/webhooks/open-banking', { method: 'POST', body: '{}' }),
    );
    expect(webhook.status).toBe(409);

    // A demo on a production build names the test bank on purpose, and gets it.
    setTestEnv({ OPEN_BANKING_PROVIDER: 'sandbox' });
    resetEnvForTests();
    expect((await startPayByBank(checkout.token)).status).toBe(201);
  });

  it('outside production the test bank stays the default, for demos and development', async () => {
    const { checkout } = await orderWithCheckout();
    unsetTestEnv(['OPEN_BANKING_PROVIDER']);
    resetEnvForTests();
    expect((await startPayByBank(checkout.token)).status).toBe(201);
  });
});
