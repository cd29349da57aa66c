import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { apiSignIn, dataOf, DEMO, e2eApi, expect, snap, takeawayWithCheckout, test, VIEWPORTS } from '../fixtures';

/** "£4.20" from 420, in whole pence (the money rule holds in tests too). */
const pounds = (pence: number) => `£${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

const TIP_PENCE = 50;

/**
 * The race the page exists for, over real HTTP: the customer opens the QR checkout and goes to the
 * test bank; meanwhile the bill is paid in cash at the till; then the customer approves. The bank's
 * signed webhook lands on a settled bill, so the payment is recorded and flagged for a refund.
 */
async function seedLatePayment(staffContext: APIRequestContext, customer: APIRequestContext) {
  const staff = e2eApi(staffContext);
  const { order, checkout } = await takeawayWithCheckout(staff, (item) =>
    item.modifierGroups.every((group) => group.min === 0),
  );
  const { token } = checkout;

  const atBank = await e2eApi(customer).request('payByBank', { params: { token }, body: { tipPence: TIP_PENCE } });
  expect(atBank.ok).toBe(true);
  const { redirectUrl } = dataOf(atBank);

  const cash = await staff.request('takePayment', {
    params: { id: order.id },
    body: { method: 'CASH', amountPence: order.totals.duePence },
    idempotencyKey: randomUUID(),
  });
  expect(cash.status).toBe(201);

  // The test bank's own page: a form, not our API.
  const approved = await customer.post(`${new URL(redirectUrl, 'http://x').pathname}/decide`, {
    form: { decision: 'approve', bank: 'test-bank' },
    maxRedirects: 0,
  });
  expect(approved.status()).toBe(303);

  const after = await staff.call('getOrder', { params: { id: order.id } });
  const late = after.order.payments.find((payment) => payment.tipPence === TIP_PENCE)!;
  const review = await staff.call('listRefundReview', {});
  expect(review.payments.map((entry) => entry.payment.id)).toContain(late.id);
  return { orderId: order.id, orderNumber: order.number, payment: late };
}

test.describe('back office: money to send back (desktop)', () => {
  test.use({ viewport: VIEWPORTS.desktop });

  test('office: a bank payment that landed after the bill was paid in cash is listed, refunded once through the test bank, and goes', async ({
    page,
    playwright,
  }) => {
    test.setTimeout(90_000);
    await apiSignIn(page.request, 'password', DEMO.manager);
    const customer = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const { orderId, orderNumber, payment } = await seedLatePayment(page.request, customer);
    await customer.dispose();
    const total = pounds(payment.amountPence + payment.tipPence);

    // The navigation says something waits (other specs may flag payments too: no exact count).
    await page.goto('/office');
    const nav = page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: /^Refunds/ });
    await expect(nav).toHaveAccessibleName(/^Refunds \(\d+ to send back\)$/);
    await nav.click();
    await expect(page.getByRole('heading', { name: 'Money to send back', level: 1 })).toBeVisible();
    await expect(nav).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByText('Payments that arrived after the bill was already settled. Send each one back to the customer.'),
    ).toBeVisible();

    const row = page.getByRole('row', { name: new RegExp(`#${orderNumber}\\b`) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(0)).toHaveText(/\w{3} \d{1,2} \w{3} \d{4}\s*\d{2}:\d{2}/);
    await expect(cells.nth(1)).toHaveText(`#${orderNumber}`);
    await expect(cells.nth(2)).toHaveText('Pay by bank (test bank)');
    await expect(cells.nth(3)).toHaveText(`${total}incl. ${pounds(TIP_PENCE)} tip`);
    await expect(cells.nth(4)).toHaveText('£0.00');
    const refund = row.getByRole('button', { name: `Refund ${total} for order #${orderNumber}` });
    await expect(refund).toHaveText(`Refund ${total}`);
    await snap(page, 'office-refunds-desktop');
    await page.setViewportSize(VIEWPORTS.ipad);
    await expect(refund).toBeInViewport();
    await snap(page, 'office-refunds-ipad');

    // One confirm, with the amount on the button and the reason filled in.
    await refund.click();
    const sheet = page.getByRole('dialog', { name: `Send ${total} back?` });
    await expect(sheet).toContainText(`Order #${orderNumber} · Pay by bank (test bank)`);
    await expect(sheet).toContainText('the customer’s bank account, through the test bank');
    await expect(sheet.getByLabel('Reason')).toHaveValue('Paid twice — returned');
    await snap(page, 'office-refunds-confirm-ipad');
    await page.setViewportSize(VIEWPORTS.desktop);
    await snap(page, 'office-refunds-confirm-desktop');
    const confirm = sheet.getByRole('button', { name: `Confirm refund of ${total}` });
    await sheet.getByLabel('Reason').fill('');
    await expect(sheet.getByRole('button', { name: 'Give a reason first' })).toBeDisabled();
    await sheet.getByLabel('Reason').fill('Paid twice — returned');
    await confirm.click();

    await expect(
      page.getByRole('status').filter({
        hasText: `${total} for order #${orderNumber} is on its way back to the customer’s bank account, through the test bank`,
      }),
    ).toBeVisible();
    await expect(sheet).toBeHidden();
    await expect(row).toHaveCount(0);
    await snap(page, 'office-refunds-sent-desktop');

    const { order } = await e2eApi(page.request).call('getOrder', { params: { id: orderId } });
    const refunded = order.payments.find((candidate) => candidate.id === payment.id)!;
    expect(refunded.refunds).toEqual([
      expect.objectContaining({
        amountPence: payment.amountPence + payment.tipPence,
        reason: 'Paid twice — returned',
        status: expect.stringMatching(/^(PENDING|SUCCEEDED)$/),
      }),
    ]);
  });

  test('office: while the list loads it shows placeholders; when it cannot be read the page says so and tries again on request', async ({
    page,
  }) => {
    await apiSignIn(page.request, 'password', DEMO.manager);
    // The list's server is slow, then refuses (after the query's own retries), then answers again.
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route('**/api/v1/payments/refund-review', async (route) => {
      await answered;
      await route.fulfill({ status: 503, json: { error: { code: 'INTERNAL', message: 'The server is busy' } } });
    });
    await page.goto('/office/refunds');
    await expect(page.getByRole('status').filter({ hasText: 'Loading payments to send back…' })).toBeAttached();
    await snap(page, 'office-refunds-loading-desktop');
    answer();
    await expect(page.getByRole('alert').filter({ hasText: 'The list could not be loaded' })).toBeVisible({
      timeout: 20_000,
    });
    await snap(page, 'office-refunds-error-desktop');
    await page.unroute('**/api/v1/payments/refund-review');
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The list could not be loaded' })).toBeHidden();
    await expect(
      page.getByRole('table', { name: /Payments to send back/ }).or(page.getByText('Nothing to send back')),
    ).toBeVisible();
  });

  test('office: a cashier cannot open money to send back', async ({ pairedTill: page }) => {
    await apiSignIn(page.request, 'pin', { pin: DEMO.cashier.pin });
    expect((await e2eApi(page.request).request('listRefundReview', {})).status).toBe(403);
    await page.goto('/office/refunds');
    // (Next's route announcer is an empty alert too: pick ours by its words.)
    await expect(
      page.getByRole('alert').filter({ hasText: /Your role \(cashier\) cannot open this page/ }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
