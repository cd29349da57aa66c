import { randomUUID } from 'node:crypto';
import { apiSignIn, DEMO, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

test.describe('customer receipt (phone)', () => {
  test.use({ viewport: VIEWPORTS.phone });

  test('receipt: the link from a paid bill shows the sale on a phone; a guessed link is not found', async ({
    page,
  }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    const created = await page.request.post('/api/v1/orders', {
      headers: { 'idempotency-key': randomUUID() },
      data: {
        type: 'TAKEAWAY',
        lines: [{ itemId: (await firstPlainItem(page.request)).id, quantity: 2 }],
      },
    });
    const { order } = (await created.json()) as {
      order: { id: string; number: number; totals: { totalPence: number } };
    };
    const paid = await page.request.post(`/api/v1/orders/${order.id}/payments`, {
      headers: { 'idempotency-key': randomUUID() },
      data: { method: 'CASH', amountPence: order.totals.totalPence, tenderedPence: 2000 },
    });
    expect(paid.status()).toBe(201);
    const { url } = (await (await page.request.get(`/api/v1/orders/${order.id}/receipt`)).json()) as { url: string };

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
    const created = await page.request.post('/api/v1/orders', {
      headers: { 'idempotency-key': randomUUID() },
      data: { type: 'TAKEAWAY', lines: [{ itemId: (await firstPlainItem(page.request)).id, quantity: 2 }] },
    });
    expect(created.status()).toBe(201);
    const { order } = (await created.json()) as {
      order: { id: string; number: number; totals: { totalPence: number } };
    };
    const first = Math.floor(order.totals.totalPence / 2);
    for (const [amountPence, tenderedPence] of [
      [first, 2_000],
      [order.totals.totalPence - first, 5_000],
    ]) {
      const paid = await page.request.post(`/api/v1/orders/${order.id}/payments`, {
        headers: { 'idempotency-key': randomUUID() },
        data: { method: 'CASH', amountPence, tipPence: 51, tenderedPence },
      });
      expect(paid.status()).toBe(201);
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

async function firstPlainItem(request: import('@playwright/test').APIRequestContext) {
  const menu = (await (await request.get('/api/v1/menu')).json()) as {
    categories: { items: { id: string; isAvailable: boolean; modifierGroups: { min: number }[] }[] }[];
  };
  return menu.categories
    .flatMap((category) => category.items)
    .find((item) => item.isAvailable && item.modifierGroups.every((group) => group.min === 0))!;
}
