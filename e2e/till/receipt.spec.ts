import { randomUUID } from 'node:crypto';
import {
  apiSignIn,
  dataOf,
  DEMO,
  e2eApi,
  type E2eApi,
  expect,
  menuItems,
  snap,
  tapPin,
  test,
  VIEWPORTS,
} from '../fixtures';

test.describe('customer receipt (phone)', () => {
  test.use({ viewport: VIEWPORTS.phone });

  test('receipt: the link from a paid bill shows the sale on a phone; a guessed link is not found', async ({
    page,
  }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    const api = e2eApi(page.request);
    const { order } = await api.call('createOrder', {
      body: { type: 'TAKEAWAY', lines: [{ itemId: (await firstPlainItem(api)).id, quantity: 2 }] },
      idempotencyKey: randomUUID(),
    });
    const paid = await api.request('takePayment', {
      params: { id: order.id },
      body: { method: 'CASH', amountPence: order.totals.totalPence, tenderedPence: 2000 },
      idempotencyKey: randomUUID(),
    });
    expect(paid.status).toBe(201);
    const { url } = await api.call('receiptLink', { params: { id: order.id } });

    // The customer's phone: no staff session.
    await page.context().clearCookies();
    await page.goto(new URL(url).pathname);
    await expect(page.getByRole('heading', { name: 'Fynlo Demo Café' })).toBeVisible();
    await expect(page.getByText(`Order #${order.number}`)).toBeVisible();
    await expect(page.getByText('VAT included')).toBeVisible();
    await expect(page.getByText('1 Market Street, Bristol, BS1 1AA')).toBeVisible();
    await expect(page.getByText('VAT no. GB 123 4567 89')).toBeVisible();
    await expect(page.getByText('Thank you for visiting. This is a demo')).toBeVisible();
    // The bill's payment by method and amount; the £20.00 note handed over and its change are not
    // anyone else's business (a shared bill's receipt reaches every diner).
    await expect(page.getByRole('region', { name: 'Payments' })).toContainText(
      `Paid · Cash${pounds(order.totals.totalPence)}`,
    );
    await expect(page.getByText(/tendered|change/i)).toHaveCount(0);
    await expect(page.getByText('£20.00')).toHaveCount(0);
    await snap(page, 'receipt-phone');

    const guessed = await page.goto('/receipt/AAAAAAAAAAAAAAAAAAAAAA');
    expect(guessed?.status()).toBe(404);
  });
});

test.describe('till receipt (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('receipt: the till prints the venue address, VAT number and footer, and the tip once, from the same receipt the phone shows', async ({
    pairedTill: page,
  }) => {
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    // Two diners pay a takeaway in cash, each with a tip: 51p and 51p, £1.02 in all.
    const api = e2eApi(page.request);
    const created = await api.request('createOrder', {
      body: { type: 'TAKEAWAY', lines: [{ itemId: (await firstPlainItem(api)).id, quantity: 2 }] },
      idempotencyKey: randomUUID(),
    });
    expect(created.status).toBe(201);
    const { order } = dataOf(created);
    const first = Math.floor(order.totals.totalPence / 2);
    const tenders: [amountPence: number, tenderedPence: number][] = [
      [first, 2_000],
      [order.totals.totalPence - first, 5_000],
    ];
    for (const [amountPence, tenderedPence] of tenders) {
      const paid = await api.request('takePayment', {
        params: { id: order.id },
        body: { method: 'CASH', amountPence, tipPence: 51, tenderedPence },
        idempotencyKey: randomUUID(),
      });
      expect(paid.status).toBe(201);
    }

    await page.getByRole('button', { name: 'Orders', exact: true }).click();
    await page.getByRole('tab', { name: 'Paid today' }).click();
    await page
      .getByRole('list', { name: 'Paid orders' })
      .getByRole('button')
      .filter({ hasText: new RegExp(`#${order.number}(?!\\d)`) })
      .click();
    await page
      .getByRole('dialog', { name: new RegExp(`^Order #${order.number} · Takeaway`) })
      .getByRole('button', {
        name: 'Print receipt',
      })
      .click();
    const receipt = page.getByRole('dialog', { name: `Receipt for order #${order.number}` }).getByRole('article');
    await expect(receipt.getByRole('heading', { name: 'Fynlo Demo Café' })).toBeVisible();
    await expect(receipt).toContainText('1 Market Street, Bristol, BS1 1AA');
    await expect(receipt).toContainText('VAT no. GB 123 4567 89');
    await expect(receipt).toContainText('Thank you for visiting. This is a demo — nothing here is real.');
    await expect(receipt.getByText(/tip/i)).toHaveCount(1);
    await expect(receipt.getByText(/tip/i)).toHaveText('Tip — thank you');
    await expect(receipt.getByLabel('Totals')).toContainText('Tip — thank you£1.02');
    await expect(receipt).not.toContainText(/tendered|change|given/i);
    await snap(page, 'till-receipt-with-tip-ipad');
  });
});

/** "£4.20" from 420, in whole pence. */
const pounds = (pence: number) => `£${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

async function firstPlainItem(api: E2eApi) {
  return (await menuItems(api)).find(
    (item) => item.isAvailable && item.modifierGroups.every((group) => group.min === 0),
  )!;
}
