import type { Browser, Page, Response } from '@playwright/test';
import type { ApiOutput } from '@/lib/client/call-api';
import { DEMO, e2eApi, expect, snap, tapPin, test, VIEWPORTS } from '../fixtures';

/** What the till's own checkout request answers; the spec watches it rather than making it. */
type CheckoutBody = ApiOutput<'createCheckout'>;

const isCreate = (response: Response) =>
  response.request().method() === 'POST' && /\/api\/v1\/orders\/[^/]+\/checkout$/.test(response.url());

/** The till rings up a cola and crisps (£3.70) and shows the QR; returns the checkout it made. */
async function tillShowsQr(page: Page) {
  await page.goto('/till');
  await tapPin(page, DEMO.cashier.pin);
  await page.getByRole('button', { name: 'New takeaway' }).click();
  await page.getByRole('button', { name: 'Cold drinks' }).click();
  await page.getByRole('button', { name: /^Cola/ }).click();
  await page.getByRole('button', { name: 'Lunch' }).click();
  await page.getByRole('button', { name: /^Crisps/ }).click();
  await page.getByRole('complementary', { name: 'Ticket' }).getByRole('button', { name: 'Pay £3.70' }).click();
  const [response] = await Promise.all([
    page.waitForResponse(isCreate),
    page.getByRole('button', { name: 'QR · customer pays £3.70' }).click(),
  ]);
  const { checkout } = (await response.json()) as CheckoutBody;
  const screen = page.getByRole('region', { name: /^QR checkout/ });
  await expect(screen.getByTestId('checkout-status')).toHaveText('Waiting for customer');
  return { checkout, screen };
}

async function phoneFor(browser: Browser) {
  const context = await browser.newContext({
    viewport: VIEWPORTS.phone,
    hasTouch: true,
    isMobile: true,
    baseURL: test.info().project.use.baseURL,
  });
  return { context, phone: await context.newPage() };
}

test.describe('the customer pays on their phone', () => {
  test.use({ viewport: VIEWPORTS.ipad, hasTouch: true });

  test('pay by bank with the test bank: approve, and the till shows paid within 2 s', async ({
    pairedTill: till,
    browser,
  }) => {
    test.setTimeout(90_000);
    const { checkout, screen } = await tillShowsQr(till);
    const { context, phone } = await phoneFor(browser);

    // The page loads only the scripts its CSP lists: ours (no Stripe keys here), inline ones by nonce.
    const scripts: string[] = [];
    phone.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const violations: string[] = [];
    phone.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const opened = await phone.goto(new URL(checkout.url).pathname);
    const csp = opened!.headers()['content-security-policy']!;
    const scriptSrc = csp
      .split('; ')
      .find((part) => part.startsWith('script-src '))!
      .split(' ')
      .slice(1);
    const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"))!.slice(7, -1);
    expect(scriptSrc).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp).toContain("frame-ancestors 'none'");
    const origin = new URL(phone.url()).origin;
    await expect(phone.getByRole('heading', { name: 'Fynlo Demo Café' })).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    const inline = await phone.$$eval('script:not([src])', (elements) =>
      elements.map((element) => (element as HTMLScriptElement).nonce),
    );
    expect(inline.every((value) => value === nonce)).toBe(true);
    expect(violations).toEqual([]);

    // The bill, VAT included, pay by bank first with what it saves the café.
    await expect(phone.getByText('1 × Cola')).toBeVisible();
    await expect(phone.getByText('VAT included')).toBeVisible();
    await expect(phone.getByText(/No card fees for Fynlo Demo Café/)).toBeVisible();
    await expect(phone.getByText(/Card and Apple Pay are not set up/)).toBeVisible();
    await expect(screen.getByTestId('checkout-status')).toHaveText('Customer has the bill');
    await snap(phone, 'pay-open-phone');
    await snap(till, 'till-qr-customer-opened-ipad');

    // A 10 % tip, then pay by bank: the test bank's bank picker, then approve.
    await phone.getByRole('radio', { name: /^10 % tip/ }).click();
    await expect(phone.getByText('£4.07')).toBeVisible();
    await phone.getByRole('button', { name: 'Pay by bank' }).click();
    await expect(phone.getByText('Test bank · no real money moves')).toBeVisible();
    await expect(screen.getByTestId('checkout-status')).toHaveText('At their bank');
    await snap(phone, 'pay-sandbox-bank-picker-phone');
    await phone.getByRole('link', { name: 'Test Bank' }).click();
    await expect(phone.getByRole('heading', { name: 'Approve this payment?' })).toBeVisible();
    await snap(phone, 'pay-sandbox-bank-approve-phone');
    await phone.getByRole('button', { name: 'Approve £4.07' }).click();
    const approvedAt = Date.now();

    // The till turns green within 2 s; the phone shows the tick and the receipt link.
    await expect(screen.getByTestId('checkout-status')).toHaveText(/Paid/, { timeout: 2_000 });
    expect(Date.now() - approvedAt).toBeLessThan(2_000);
    await expect(phone.getByRole('heading', { name: 'Paid — thank you' })).toBeVisible();
    await expect(phone.getByText('£4.07')).toBeVisible();
    await snap(phone, 'pay-paid-phone');
    await snap(till, 'till-qr-paid-ipad');
    await phone.getByRole('link', { name: 'Receipt' }).click();
    await expect(phone.getByText('Pay by bank')).toBeVisible();

    // The same link later: already paid, nothing to pay again.
    await phone.goto(new URL(checkout.url).pathname);
    await expect(phone.getByRole('heading', { name: 'Paid — thank you' })).toBeVisible();
    await context.close();
  });

  test('declined at the bank: the bill stays due and the page offers another way; the till says so', async ({
    pairedTill: till,
    browser,
  }) => {
    test.setTimeout(90_000);
    const { checkout, screen } = await tillShowsQr(till);
    const { context, phone } = await phoneFor(browser);
    await phone.goto(new URL(checkout.url).pathname);
    // The same page on a tablet and a desktop browser (a customer may open the link anywhere).
    for (const [name, size] of [
      ['ipad', VIEWPORTS.ipad],
      ['desktop', VIEWPORTS.desktop],
    ] as const) {
      await phone.setViewportSize(size);
      await snap(phone, `pay-open-${name}`);
    }
    await phone.setViewportSize(VIEWPORTS.phone);
    await phone.getByRole('button', { name: 'Pay by bank' }).click();
    await expect(phone.getByText('Test bank · no real money moves')).toBeVisible();
    // Back from the bank without deciding: the page waits for the bank and lets them start again.
    await phone.goBack();
    await expect(phone.getByText(/Waiting for your bank to confirm/)).toBeVisible();
    await snap(phone, 'pay-at-bank-phone');
    await phone.getByRole('button', { name: 'Pay by bank' }).click();
    await phone.getByRole('link', { name: 'Demo Building Society' }).click();
    await phone.getByRole('button', { name: 'Decline' }).click();

    await expect(phone.getByText(/Your bank did not complete the payment, and nothing was taken/)).toBeVisible();
    await expect(phone.getByRole('button', { name: 'Try pay by bank again' })).toBeVisible();
    await expect(screen.getByTestId('checkout-status')).toHaveText(/Declined/);
    await snap(phone, 'pay-declined-phone');
    await snap(till, 'till-qr-declined-ipad');
    const reread = await e2eApi(till.request).call('getCheckout', { params: { id: checkout.id } });
    expect(reread.checkout.status).toBe('FAILED');

    // Another bank, approved this time: paid.
    await phone.getByRole('button', { name: 'Try pay by bank again' }).click();
    await phone.getByRole('link', { name: 'Sample Savings' }).click();
    await phone.getByRole('button', { name: /^Approve/ }).click();
    await expect(phone.getByRole('heading', { name: 'Paid — thank you' })).toBeVisible();
    await expect(screen.getByTestId('checkout-status')).toHaveText(/Paid/);
    await context.close();
  });

  test('a cancelled link, and a guessed one, say so plainly', async ({ pairedTill: till, browser }) => {
    const { checkout, screen } = await tillShowsQr(till);
    await screen.getByRole('button', { name: 'Cancel', exact: true }).click();
    const { context, phone } = await phoneFor(browser);
    await phone.goto(new URL(checkout.url).pathname);
    await expect(phone.getByRole('heading', { name: 'This payment was called off' })).toBeVisible();
    await snap(phone, 'pay-cancelled-phone');
    const guessed = await phone.goto('/pay/AAAAAAAAAAAAAAAAAAAAAA');
    expect(guessed!.status()).toBe(404);
    await expect(phone.getByRole('heading', { name: 'We can’t find this payment' })).toBeVisible();
    await snap(phone, 'pay-not-found-phone');
    await context.close();
  });
});
