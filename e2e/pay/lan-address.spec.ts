/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
// A till on the café's network: opened at another address of this machine (127.0.0.2 stands in
// for http://192.168.1.20:3000) with PUBLIC_URL unset, its QR codes point at that same address,
// and a phone that opens one pays through the test bank there, with no CSP in the way.
import type { Page, Response } from '@playwright/test';
import type { ApiOutput } from '@/lib/client/call-api';
import { DEMO, expect, tapPin, test, VIEWPORTS } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100);
const lanOrigin = `http://127.0.0.2:${port}`;

/** What the till's own checkout request answers; the spec watches it rather than making it. */
type CheckoutBody = ApiOutput<'createCheckout'>;

const isCreate = (response: Response) =>
  response.request().method() === 'POST' && /\/api\/v1\/orders\/[^/]+\/checkout$/.test(response.url());

async function tillShowsQr(page: Page) {
  await page.goto('/till');
  await tapPin(page, DEMO.cashier.pin);
  await page.getByRole('button', { name: 'New takeaway' }).click();
  await page.getByRole('button', { name: 'Cold drinks' }).click();
  await page.getByRole('button', { name: /^Cola/ }).click();
  await page
    .getByRole('complementary', { name: 'Ticket' })
    .getByRole('button', { name: /^Pay £/ })
    .click();
  const [response] = await Promise.all([
    page.waitForResponse(isCreate),
    page.getByRole('button', { name: /^QR · customer pays/ }).click(),
  ]);
  return ((await response.json()) as CheckoutBody).checkout;
}

test.describe('pay links on the café network', () => {
  test.use({ baseURL: lanOrigin, viewport: VIEWPORTS.ipad, hasTouch: true });

  test('a till opened at another address makes QR codes for that address; the phone pays by bank there', async ({
    pairedTill: till,
    browser,
  }) => {
    test.setTimeout(90_000);
    const checkout = await tillShowsQr(till);
    expect(new URL(till.url()).origin).toBe(lanOrigin);
    expect(checkout.url).toBe(`${lanOrigin}/pay/${checkout.token}`);
    const screen = till.getByRole('region', { name: /^QR checkout/ });
    await expect(screen.getByTestId('checkout-status')).toHaveText('Waiting for customer');

    // The customer's phone scans the code: the full link, no base URL of our own.
    const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    const violations: string[] = [];
    phone.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    await phone.goto(checkout.url);
    await expect(phone.getByRole('heading', { name: 'Fynlo Demo Café' })).toBeVisible();
    await expect(screen.getByTestId('checkout-status')).toHaveText('Customer has the bill');

    await phone.getByRole('button', { name: 'Pay by bank' }).click();
    await expect(phone.getByText('Test bank · no real money moves')).toBeVisible();
    expect(new URL(phone.url()).origin).toBe(lanOrigin);
    await phone.getByRole('link', { name: 'Test Bank' }).click();
    await phone.getByRole('button', { name: /^Approve/ }).click();

    // The bank's form sends the phone back to the same origin: its CSP lets the redirect through.
    await expect(phone.getByRole('heading', { name: 'Paid — thank you' })).toBeVisible();
    expect(new URL(phone.url()).origin).toBe(lanOrigin);
    await expect(screen.getByTestId('checkout-status')).toHaveText(/Paid/);
    const receipt = phone.getByRole('link', { name: 'Receipt' });
    expect(new URL((await receipt.getAttribute('href'))!, lanOrigin).origin).toBe(lanOrigin);
    expect(violations).toEqual([]);
    await context.close();
  });
});
