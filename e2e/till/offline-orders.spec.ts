import type { Page } from '@playwright/test';
import type { OutboxEntry } from '@/lib/client/offline/local-db';
import { apiSignIn, DEMO, e2eApi, expect, snap, test, VIEWPORTS } from '../fixtures';
import { cashierTillKeptForOffline } from '../fixtures/offline';

/** Every row of one store in this device's database (IndexedDB `fynlo-till`). */
function readTillStore<T>(page: Page, store: 'outbox' | 'queries'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('fynlo-till');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => resolve(read.result as T[]);
          read.onerror = () => reject(read.error);
        };
      }),
    store,
  );
}

/** The changes waiting in this device's outbox, oldest first. */
async function waitingChanges(page: Page): Promise<OutboxEntry[]> {
  return (await readTillStore<OutboxEntry>(page, 'outbox')).sort((a, b) => a.seq - b.seq);
}

/** The devices whose open drawers this device keeps for offline. */
async function keptOpenDrawers(page: Page): Promise<string[]> {
  type Kept = { queryKey: unknown[]; data: { cashSessions?: { deviceId: string | null }[] } };
  const kept = (await readTillStore<Kept>(page, 'queries')).find(
    (entry) => JSON.stringify(entry.queryKey) === '["cash-sessions","OPEN"]',
  );
  return (kept?.data.cashSessions ?? []).map((session) => session.deviceId ?? '');
}

/** The cashier on a till kept for offline, and the parts of the screen these specs use. */
async function offlineReadyTill(page: Page) {
  test.setTimeout(120_000);
  await cashierTillKeptForOffline(page);
  return {
    ticket: page.getByRole('complementary', { name: 'Ticket' }),
    pay: page.getByRole('region', { name: /^Pay #(\d+|–) · Takeaway/ }),
    change: page.getByRole('region', { name: /paid in cash/ }),
    status: page.getByTestId('sync-status'),
  };
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
    const { ticket, pay, change, status: waiting } = await offlineReadyTill(page);

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
    const { ticket } = await offlineReadyTill(page);
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

  test("till: offline, a discount within the cashier's limit is given and paid, one above it says it needs a manager and the connection; back online the server prices it the same", async ({
    pairedTill: page,
    context,
  }) => {
    const { ticket, pay, change } = await offlineReadyTill(page);
    const sheet = page.getByRole('dialog', { name: 'Discount' });

    await context.setOffline(true);
    let orderId: string;
    try {
      await page.reload();
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      await newTakeawayWithCola(page);
      await expect(ticket.getByTestId('order-total')).toHaveText('£2.20');

      // 20 % is over the cashier's 10 %: a manager's PIN, which the till never checks offline.
      await ticket.getByRole('button', { name: 'Discount…' }).click();
      await sheet.getByRole('radio', { name: '20 %' }).click();
      await sheet.getByRole('radio', { name: 'Regular customer' }).click();
      await sheet.getByRole('button', { name: /^Apply 20 % off/ }).click();
      await expect(sheet.getByText(/needs a manager's approval, which needs the connection/)).toBeVisible();

      // 10 % is the cashier's to give: the till prices it as the server will.
      await sheet.getByRole('radio', { name: '10 %' }).click();
      await sheet.getByRole('button', { name: 'Apply 10 % off · new total £1.98' }).click();
      await expect(sheet).toBeHidden();
      await expect(ticket.getByTestId('order-total')).toHaveText('£1.98');
      await ticket.getByRole('button', { name: 'Pay £1.98' }).click();
      await pay.getByRole('button', { name: 'Exact £1.98' }).click();
      await expect(change.getByText(/is paid and closed/)).toBeVisible();
      const discount = (await waitingChanges(page)).find((entry) => entry.request.name === 'addDiscount');
      expect(discount?.request.body).toMatchObject({ kind: 'PERCENT', percentBps: 1000, reason: 'Regular customer' });
      orderId = discount!.orderId;
    } finally {
      await context.setOffline(false);
    }

    await expect(page.getByTestId('sync-status')).toBeHidden({ timeout: 15_000 });
    const { order } = await e2eApi(page.request).call('getOrder', { params: { id: orderId } });
    expect(order).toMatchObject({
      status: 'CLOSED',
      totals: { discountPence: 22, totalPence: 198, paidPence: 198, duePence: 0 },
    });
    expect(order.discounts).toMatchObject([{ kind: 'PERCENT', percentBps: 1000, reason: 'Regular customer' }]);
  });

  test('till: the drawer keeps working offline: cash taken and a pay-out made offline count in what should be in it, closing waits for the connection, and back online the server has the pay-out once', async ({
    pairedTill: page,
    context,
  }) => {
    const { ticket, pay, change, status } = await offlineReadyTill(page);
    const drawer = page.getByRole('dialog', { name: 'Cash drawer', exact: true });

    // Online: open the drawer with £100, kept on the device as the server shows it.
    await page.getByRole('button', { name: 'Drawer', exact: true }).click();
    const opening = page.getByRole('dialog', { name: 'Open the cash drawer' });
    await opening.getByRole('radio', { name: '£100.00' }).click();
    await opening.getByRole('button', { name: 'Open drawer with £100.00' }).click();
    await expect(drawer.getByTestId('drawer-expected')).toHaveText('£100.00');
    await drawer.getByRole('button', { name: 'Close', exact: true }).click();
    const { device } = await e2eApi(page.request).call('me', {});
    await expect.poll(() => keptOpenDrawers(page)).toContain(device!.id);

    await context.setOffline(true);
    let sessionId: string;
    let movementId: string;
    try {
      await page.reload();
      await expect(page.getByRole('status', { name: 'Connection: Offline' })).toBeVisible();
      // A cola paid offline in cash: £2.20 more in the drawer.
      await newTakeawayWithCola(page);
      await ticket.getByRole('button', { name: 'Pay £2.20' }).click();
      await pay.getByRole('button', { name: 'Exact £2.20' }).click();
      await expect(change.getByText(/is paid and closed/)).toBeVisible();
      await change.getByRole('button', { name: 'Next order' }).click();

      await page.getByRole('button', { name: 'Drawer', exact: true }).click();
      await expect(drawer.getByTestId('drawer-expected')).toHaveText('£102.20');
      await expect(drawer).toContainText('Includes what this till has not synced yet: £2.20 cash taken offline');
      await expect(drawer.getByRole('button', { name: 'Closing the drawer needs the connection' })).toBeDisabled();

      // Pay out £4.50 for milk: recorded on the till, to sync later.
      await drawer.getByRole('button', { name: 'Pay out…' }).click();
      const payOut = page.getByRole('dialog', { name: 'Cash drawer · Pay out' });
      await payOut.getByRole('radio', { name: 'Milk' }).click();
      for (const key of ['4', 'Decimal point', '5', '0'])
        await payOut.getByRole('button', { name: key, exact: true }).click();
      await payOut.getByRole('button', { name: 'Pay out £4.50' }).click();
      await expect(drawer.getByText('Recorded on this till: Pay out £4.50 · Milk.')).toBeVisible();
      await expect(drawer.getByTestId('drawer-expected')).toHaveText('£97.70');
      await expect(drawer.getByRole('list', { name: 'Drawer movements' })).toContainText('Pay out · Milk');
      await expect(drawer.getByRole('list', { name: 'Drawer movements' })).toContainText('waiting to sync');
      await snap(page, 'till-offline-drawer-ipad');

      const movement = (await waitingChanges(page)).find((entry) => entry.request.name === 'cashMovement');
      expect(movement?.request).toMatchObject({ body: { kind: 'PAY_OUT', amountPence: 450, reason: 'Milk' } });
      sessionId = movement!.orderId;
      movementId = movement!.id;
    } finally {
      await context.setOffline(false);
    }

    // Back online: everything syncs; the server's drawer has the pay-out once, under the till's id.
    await expect(status).toBeHidden({ timeout: 15_000 });
    expect(await waitingChanges(page)).toEqual([]);
    const { cashSessions } = await e2eApi(page.request).call('listCashSessions', { query: { status: 'OPEN' } });
    const server = cashSessions.find((session) => session.id === sessionId)!;
    expect(server).toMatchObject({ expectedPence: 9_770, cashSalesPence: 220 });
    expect(server.movements).toEqual([expect.objectContaining({ id: movementId, kind: 'PAY_OUT', amountPence: 450 })]);
    await expect(drawer.getByTestId('drawer-expected')).toHaveText('£97.70');
    await expect(drawer.getByRole('button', { name: 'Count and close the drawer…' })).toBeEnabled();
    await expect(drawer.getByRole('list', { name: 'Drawer movements' })).not.toContainText('waiting to sync');
  });

  test('till: an item removed offline from an order another till has since closed is refused on sync and kept as a dead letter, in words, on the till and in the office, until dealt with', async ({
    pairedTill: page,
    context,
    browser,
  }) => {
    const { ticket, status } = await offlineReadyTill(page);
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

    // The office sees it too, from the till's sync report: which till, the order, the same words.
    const office = await browser.newContext({ viewport: VIEWPORTS.desktop, baseURL: test.info().project.use.baseURL });
    const officePage = await office.newPage();
    await apiSignIn(officePage.request, 'password', DEMO.manager);
    const refusals = officePage.getByRole('region', { name: 'Changes the server refused' });
    await expect(async () => {
      await officePage.goto('/office/devices');
      await expect(refusals).toContainText(`Void an item: Removed before sending · order #${order.number}`, {
        timeout: 1_000,
      });
    }).toPass({ timeout: 20_000 });
    await expect(refusals).toContainText('The server said: An order that is closed cannot be changed');
    await expect(refusals).toContainText('Nothing was voided');
    await snap(officePage, 'office-devices-refused-desktop');

    // It stays through a reload until someone deals with it on the till; then the office clears.
    await page.reload();
    await expect(status).toHaveText('1 change refused by the server');
    await page.getByRole('button', { name: /refused by the server/ }).click();
    await sheet.getByRole('button', { name: 'Dealt with' }).click();
    await expect(status).toBeHidden();
    await expect(async () => {
      await officePage.goto('/office/devices');
      await expect(refusals).toBeHidden({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await office.close();
  });
});
