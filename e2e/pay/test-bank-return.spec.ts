/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
// The test bank sends the customer back to PUBLIC_URL's pay page, which may be another origin than
// the one the bank's page was opened on (a phone that reached the café by its LAN address): the
// bank page's CSP must let its Approve form lead there.
import { randomBytes } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { type AppNode, startAppNode } from '../fixtures/app-node';
import { apiSignIn, DEMO, e2eApi, expect, menuItems, test, VIEWPORTS } from '../fixtures';

const port = Number(process.env.E2E_PORT ?? 3100) + 30;
const publicUrl = `http://127.0.0.3:${port}`;

let app: AppNode;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  app = await startAppNode({ port, name: 'public-url', env: { PUBLIC_URL: publicUrl } });
});
test.afterAll(() => app?.stop());

test('the test bank returns the customer to PUBLIC_URL, even from another origin, with no CSP block', async ({
  browser,
}) => {
  const manager = await playwrightRequest.newContext({ baseURL: app.origin });
  await apiSignIn(manager, 'password', DEMO.manager);
  const api = e2eApi(manager);
  const crisps = (await menuItems(api)).find((item) => item.name === 'Crisps')!;
  const { order } = await api.call('createOrder', {
    body: { type: 'TAKEAWAY', lines: [{ itemId: crisps.id, quantity: 1 }] },
    idempotencyKey: randomBytes(16).toString('hex'),
  });
  const { checkout } = await api.call('createCheckout', { params: { id: order.id }, body: {} });
  expect(checkout.url).toBe(`${publicUrl}/pay/${checkout.token}`);

  const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  const violations: string[] = [];
  phone.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  // The phone is on the café's LAN address, not on PUBLIC_URL.
  await phone.goto(`${app.origin}/pay/${checkout.token}`);
  await phone.getByRole('button', { name: 'Pay by bank' }).click();
  await phone.getByRole('link', { name: 'Test Bank' }).click();
  await phone.getByRole('button', { name: /^Approve/ }).click();
  await expect(phone.getByRole('heading', { name: 'Paid — thank you' })).toBeVisible();
  expect(new URL(phone.url()).origin).toBe(publicUrl);
  expect(violations).toEqual([]);
  await context.close();
  await manager.dispose();
});
