import type { Page } from '@playwright/test';
import type { OutboxEntry } from '@/lib/client/offline/local-db';
import { e2eApi, expect, snap, test, VIEWPORTS } from '../fixtures';
import { cashierTillKeptForOffline } from '../fixtures/offline';

/** The changes waiting in this device's outbox (IndexedDB), oldest first. */
function waitingChanges(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(
    () =>
      new Promise<OutboxEntry[]>((resolve, reject) => {
        const open = indexedDB.open('fynlo-till');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('outbox').objectStore('outbox').index('bySeq').getAll();
          read.onsuccess = () => resolve(read.result as OutboxEntry[]);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/** A new takeaway with one cola (£2.20) on the ticket. */
async function newTakeawayWithCola(page: Page) {
  await page.getByRole('button', { name: 'New takeaway' }).click();
  await page.getByRole('button', { name: 'Cold drinks' }).click();
  await page.getByRole('button', { name: /^Cola/ }).click();
}

test.describe('orders with the network down (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: offline after a reload, three takeaways are rung up and paid in cash; back online each reaches the server once, paid, with its kitchen tickets', async ({
    pairedTill: page,
    context,
  }) => {
    test.setTimeout(120_000);
    await cashierTillKeptForOffline(page);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    const pay = page.getByRole('region', { name: /^Pay #(\d+|–) · Takeaway/ });
    const change = page.getByRole('region', { name: /paid in cash/ });
    const waiting = page.getByTestId('sync-status');

    await context.setOffline(true);
    let queued: OutboxEntry[];
    try {
      await page.reload();
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();

      // 1. A flat white with oat milk and a cola: £6.00, paid exactly.
      await page.getByRole('button', { name: 'New takeaway' }).click();
      await page.getByRole('button', { name: /^Flat white/ }).click();
      const flatWhite = page.getByRole('dialog', { name: 'Flat white' });
      await flatWhite.getByRole('radio', { name: /Oat milk/ }).click();
      await flatWhite.getByRole('button', { name: /^Add/ }).click();
      await page.getByRole('button', { name: 'Cold drinks' }).click();
      await page.getByRole('button', { name: /^Cola/ }).click();
      await expect(ticket.getByTestId('order-total')).toHaveText('£6.00');
      await ticket.getByRole('button', { name: 'Pay £6.00' }).click();
      await expect(pay.getByTestId('amount-due')).toHaveText('£6.00');
      await pay.getByRole('button', { name: 'Exact £6.00' }).click();
      await expect(change.getByText(/is paid and closed/)).toBeVisible();
      await expect(waiting).toHaveText(/^4 changes waiting to sync/);
      await snap(page, 'till-offline-paid-ipad');
      await change.getByRole('button', { name: 'Next order' }).click();

      // 2. Crisps and a sparkling water, £3.40, split evenly: two cash payments of £1.70.
      await page.getByRole('button', { name: 'New takeaway' }).click();
      await page.getByRole('button', { name: 'Cold drinks' }).click();
      await page.getByRole('button', { name: /^Sparkling water/ }).click();
      await page.getByRole('button', { name: 'Lunch' }).click();
      await page.getByRole('button', { name: /^Crisps/ }).click();
      await expect(ticket.getByTestId('order-total')).toHaveText('£3.40');
      await ticket.getByRole('button', { name: 'Pay £3.40' }).click();
      await pay.getByRole('button', { name: 'Split…' }).click();
      const split = page.getByRole('dialog', { name: 'Split the bill' });
      await split.getByRole('button', { name: 'Pay share 1 of 2 · £1.70' }).click();
      await pay.getByRole('button', { name: 'Exact £1.70' }).click();
      await expect(change.getByText('£1.70 left to pay')).toBeVisible();
      await change.getByRole('button', { name: 'Share 2 of 2 · £1.70' }).click();
      await pay.getByRole('button', { name: 'Exact £1.70' }).click();
      await expect(change.getByText(/is paid and closed/)).toBeVisible();
      await change.getByRole('button', { name: 'Next order' }).click();

      // 3. A cola paid with a £5 note: £2.80 change.
      await newTakeawayWithCola(page);
      await ticket.getByRole('button', { name: 'Pay £2.20' }).click();
      await pay.getByRole('button', { name: 'Other amount…' }).click();
      await pay.getByRole('button', { name: '5', exact: true }).click();
      await pay.getByRole('button', { name: 'Take £5.00 cash' }).click();
      await expect(change.getByTestId('change-due')).toHaveText('Change £2.80');
      // The till prints the receipt itself; its link and QR code come once the order has synced.
      await change.getByRole('button', { name: 'Print receipt' }).click();
      const receiptDialog = page.getByRole('dialog', { name: 'Receipt for order #–' });
      const receipt = receiptDialog.getByRole('article', { name: 'Receipt for an order not yet synced' });
      await expect(receipt).toContainText('1 Market Street, Bristol, BS1 1AA');
      await expect(receipt).toContainText('Order #– (numbered when it syncs)');
      await expect(receipt).toContainText('Cola');
      await expect(receipt.getByRole('region', { name: 'Payments' })).toContainText('Paid · Cash£2.20');
      await expect(receiptDialog).toContainText('Not synced yet');
      await expect(receiptDialog.getByRole('button', { name: 'Print' })).toBeEnabled();
      await snap(page, 'till-offline-receipt-ipad');
      await receiptDialog.getByRole('button', { name: 'Close' }).last().click();
      await change.getByRole('button', { name: 'Next order' }).click();

      // Three creates, three sends, four payments: all kept on the device, oldest first.
      queued = await waitingChanges(page);
      expect(queued.map((entry) => entry.request.name)).toEqual([
        'createOrder',
        'addOrderLines',
        'sendOrder',
        'takePayment',
        'createOrder',
        'addOrderLines',
        'sendOrder',
        'takePayment',
        'takePayment',
        'createOrder',
        'sendOrder',
        'takePayment',
      ]);
      await expect(waiting).toHaveText(/^12 changes waiting to sync/);
      await page.getByRole('button', { name: /changes waiting to sync/ }).click();
      const sheet = page.getByRole('dialog', { name: 'Changes to sync' });
      await expect(sheet.getByRole('listitem')).toHaveCount(12);
      await expect(sheet).toContainText('Cash £1.70');
      await snap(page, 'till-offline-sync-sheet-ipad');
      await sheet.getByRole('button', { name: 'Close', exact: true }).first().click();
    } finally {
      await context.setOffline(false);
    }

    // Back online the queue drains by itself: nothing waits within 10 s.
    await expect(waiting).toBeHidden({ timeout: 10_000 });
    expect(await waitingChanges(page)).toEqual([]);

    const api = e2eApi(page.request);
    const orderIds = [...new Set(queued.map((entry) => entry.orderId))];
    const orders = await Promise.all(orderIds.map((id) => api.call('getOrder', { params: { id } })));
    expect(orders.map(({ order }) => [order.status, order.totals.totalPence, order.totals.paidPence])).toEqual([
      ['CLOSED', 600, 600],
      ['CLOSED', 340, 340],
      ['CLOSED', 220, 220],
    ]);
    expect(orders.map(({ order }) => order.payments.length)).toEqual([1, 2, 1]);
    expect(orders.every(({ order }) => order.number > 0)).toBe(true);
    const { tickets } = await api.call('kitchenTickets', {});
    for (const id of orderIds) expect(tickets.some((ticket) => ticket.orderId === id)).toBe(true);

    // A queued payment sent again (a second tab, a lost answer) is the same request: no second payment.
    const payment = queued.find((entry) => entry.request.name === 'takePayment')!;
    if (payment.request.name !== 'takePayment') throw new Error('not a payment');
    const again = await api.request('takePayment', {
      params: payment.request.params,
      body: payment.request.body,
      idempotencyKey: payment.id,
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const { order: unchanged } = await api.call('getOrder', { params: { id: payment.orderId } });
    expect(unchanged.payments).toHaveLength(1);
  });

  test('till: an order paid offline survives closing the page; two tabs opened on it replay at once and the server makes one order, paid once', async ({
    pairedTill: page,
    context,
  }) => {
    test.setTimeout(120_000);
    await cashierTillKeptForOffline(page);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    await context.setOffline(true);
    let queued: OutboxEntry[];
    const tabs: Page[] = [];
    try {
      await newTakeawayWithCola(page);
      await ticket.getByRole('button', { name: 'Pay £2.20' }).click();
      await page
        .getByRole('region', { name: /^Pay #(\d+|–) · Takeaway/ })
        .getByRole('button', { name: 'Exact £2.20' })
        .click();
      await expect(page.getByRole('region', { name: /paid in cash/ }).getByText(/is paid and closed/)).toBeVisible();
      queued = await waitingChanges(page);
      expect(queued.map((entry) => entry.request.name)).toEqual(['createOrder', 'sendOrder', 'takePayment']);
      await page.close();

      // Two tabs on the same till, still offline: the queue is there in both.
      for (let n = 0; n < 2; n += 1) {
        const tab = await context.newPage();
        await tab.goto('/till').catch(() => undefined);
        await expect(tab.getByText('Casey Cashier')).toBeVisible();
        await expect(tab.getByTestId('sync-status')).toHaveText(/^3 changes waiting to sync/);
        tabs.push(tab);
      }
    } finally {
      await context.setOffline(false);
    }
    for (const tab of tabs) await expect(tab.getByTestId('sync-status')).toBeHidden({ timeout: 10_000 });
    const { order } = await e2eApi(tabs[0]!.request).call('getOrder', { params: { id: queued[0]!.orderId } });
    expect(order).toMatchObject({ status: 'CLOSED', totals: { totalPence: 220, paidPence: 220 } });
    expect(order.payments).toHaveLength(1);
    expect(order.lines).toHaveLength(1);
  });

  test('till: an item removed offline from an order another till has since closed is refused on sync and kept as a dead letter, in words, until dealt with', async ({
    pairedTill: page,
    context,
  }) => {
    test.setTimeout(120_000);
    await cashierTillKeptForOffline(page);
    const ticket = page.getByRole('complementary', { name: 'Ticket' });
    const status = page.getByTestId('sync-status');
    // Online: a takeaway with a cola, on the server and not yet sent.
    await newTakeawayWithCola(page);
    await expect(ticket.getByRole('button', { name: 'Pay £2.20' })).toBeEnabled();
    await expect.poll(async () => (await waitingChanges(page)).length).toBe(0);

    await context.setOffline(true);
    let orderId: string;
    try {
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      await ticket.getByRole('button', { name: /Cola/ }).click();
      await page.getByRole('dialog', { name: 'Cola' }).getByRole('button', { name: 'Remove' }).click();
      await expect(page.getByRole('dialog', { name: 'Cola' })).toBeHidden();
      await expect(ticket.getByText('Voided: Removed before sending')).toBeVisible();
      await expect(status).toHaveText(/^1 change waiting to sync/);
      const [removal] = await waitingChanges(page);
      expect(removal!.request).toMatchObject({ name: 'voidOrderLine', body: { reason: 'Removed before sending' } });
      expect(removal!.request.body).not.toHaveProperty('version');
      orderId = removal!.orderId;

      // Meanwhile another till takes the cola's £2.20 and the order closes.
      const other = e2eApi(page.request);
      const paid = await other.call('takePayment', {
        params: { id: orderId },
        body: { method: 'CASH', amountPence: 220, tipPence: 0, tenderedPence: 220 },
        idempotencyKey: crypto.randomUUID(),
      });
      expect(paid.order.status).toBe('CLOSED');
    } finally {
      await context.setOffline(false);
    }

    // Back online the server refuses the removal: a dead letter, never silently dropped.
    await expect(status).toHaveText('1 change refused by the server', { timeout: 10_000 });
    expect(await waitingChanges(page)).toEqual([]);
    await page.getByRole('button', { name: /refused by the server/ }).click();
    const sheet = page.getByRole('dialog', { name: 'Changes to sync' });
    const letter = sheet.getByRole('region', { name: 'Refused by the server' });
    await expect(letter).toContainText('Void an item: Removed before sending');
    await expect(letter).toContainText('The server said: An order that is closed cannot be changed');
    await expect(letter).toContainText('Nothing was voided');
    await snap(page, 'till-offline-dead-letter-ipad');
    const { order } = await e2eApi(page.request).call('getOrder', { params: { id: orderId } });
    expect(order).toMatchObject({ status: 'CLOSED', totals: { paidPence: 220 } });
    expect(order.lines.map((line) => line.voidedAt)).toEqual([null]);

    // It stays through a reload until someone deals with it.
    await page.reload();
    await expect(status).toHaveText('1 change refused by the server');
    await page.getByRole('button', { name: /refused by the server/ }).click();
    await sheet.getByRole('button', { name: 'Dealt with' }).click();
    await expect(status).toBeHidden();
  });
});
