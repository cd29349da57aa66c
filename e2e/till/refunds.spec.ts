import type { APIRequestContext } from '@playwright/test';
import type { TOrder } from '@/lib/schemas/orders';
import { dataOf, DEMO, e2eApi, expect, snap, takeawayWithCheckout, tapPin, test, VIEWPORTS } from '../fixtures';

/** "£4.20" from 420, in whole pence. */
const pounds = (pence: number) => `£${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

/** A takeaway paid in full by the customer's bank (the test bank), as a QR checkout would be. */
async function paidByBank(staffContext: APIRequestContext, customer: APIRequestContext): Promise<TOrder> {
  const staff = e2eApi(staffContext);
  const { order, checkout } = await takeawayWithCheckout(staff, (item) => item.name === 'Halloumi wrap');
  const { token } = checkout;
  const atBank = await e2eApi(customer).request('payByBank', { params: { token }, body: {} });
  expect(atBank.ok).toBe(true);
  const { redirectUrl } = dataOf(atBank);
  // The test bank's own page: a form, not our API.
  const approved = await customer.post(`${new URL(redirectUrl, 'http://x').pathname}/decide`, {
    form: { decision: 'approve', bank: 'test-bank' },
    maxRedirects: 0,
  });
  expect(approved.status()).toBe(303);
  await expect
    .poll(async () => (await staff.call('getOrder', { params: { id: order.id } })).order.status)
    .toBe('CLOSED');
  return order;
}

test.describe('till refunds (iPad)', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('till: refunding a pay-by-bank payment says the money goes back to the customer’s bank, nothing from the drawer, and shows it on its way until it is paid out', async ({
    pairedTill: page,
    playwright,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/till');
    await tapPin(page, DEMO.cashier.pin);
    await expect(page.getByText('Casey Cashier')).toBeVisible();
    const customer = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const order = await paidByBank(page.request, customer);
    await customer.dispose();
    const amount = pounds(order.totals.totalPence);

    await page.getByRole('button', { name: 'Orders', exact: true }).click();
    await page.getByRole('tab', { name: 'Paid today' }).click();
    await page
      .getByRole('list', { name: 'Paid orders' })
      .getByRole('button')
      .filter({ hasText: new RegExp(`#${order.number}(?!\\d)`) })
      .click();
    const paidOrder = page.getByRole('dialog', { name: `Order #${order.number} · Takeaway` });
    await paidOrder.getByRole('button', { name: 'Refund…' }).click();

    // Before confirming: where the money goes, for this payment.
    const refund = page.getByRole('dialog', { name: `Refund from order #${order.number}` });
    await expect(refund).toContainText('Back to the customer’s bank — nothing from the drawer');
    await expect(refund.getByTestId('refund-route')).toHaveText(
      'Back to the customer’s bank — nothing from the drawer',
    );
    await expect(refund).not.toContainText('drawer’s cash');
    await expect(refund).not.toContainText('Cash goes back');
    await refund.getByRole('button', { name: /Halloumi wrap/ }).click();
    await refund.getByRole('radio', { name: 'Wrong item' }).click();
    await snap(page, 'till-refund-bank-sheet-ipad');
    await refund.getByRole('button', { name: `Refund ${amount}` }).click();
    // Over the cashier's limit: the manager approves, and sees where it goes too.
    await expect(refund.getByText(`Refund ${amount} · Wrong item · back to the customer’s bank`)).toBeVisible();
    await tapPin(page, DEMO.manager.pin);

    // Never "give it from the drawer": on its way through the bank, then paid out.
    const outcome = paidOrder.getByRole('status').filter({ hasText: `Refund of ${amount}` });
    await expect(outcome).toBeVisible();
    await expect(outcome).toContainText(
      new RegExp(`(sent to the customer’s bank — on its way|paid out to the customer’s bank)`),
    );
    await expect(outcome).toContainText('Give nothing from the drawer.');
    await expect(paidOrder).not.toContainText('in cash');
    await snap(page, 'till-refund-bank-sent-ipad');
    // The test bank pays refunds out at once; the worker reads that within seconds.
    await expect(outcome).toContainText(`Refund of ${amount} paid out to the customer’s bank.`, { timeout: 30_000 });
    await expect(outcome.getByTestId('refund-outcome-state')).toHaveText('Paid out');
    await expect(paidOrder.getByRole('list', { name: 'Payments' })).toContainText(`${amount} refunded`);
    await snap(page, 'till-refund-bank-paid-out-ipad');
  });
});
