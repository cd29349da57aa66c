/* eslint-disable no-restricted-syntax -- test tooling reads its own environment */
// A deployment started with NODE_ENV=production and no OPEN_BANKING_PROVIDER: the test bank is
// never the silent default, so the customer's page hides pay by bank and says why.
import { randomBytes } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { type AppNode, startAppNode } from '../fixtures/app-node';
import { apiSignIn, dataOf, DEMO, e2eApi, expect, menuItems, test, VIEWPORTS } from '../fixtures';

let app: AppNode;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  app = await startAppNode({
    port: Number(process.env.E2E_PORT ?? 3100) + 20,
    name: 'production',
    env: { NODE_ENV: 'production', FYNLO_SEED_DEMO: 'true' },
    unset: ['OPEN_BANKING_PROVIDER', 'PUBLIC_URL'],
  });
});
test.afterAll(() => app?.stop());

test('production without OPEN_BANKING_PROVIDER: the pay page hides pay by bank and says why', async ({ browser }) => {
  const manager = await playwrightRequest.newContext({ baseURL: app.origin });
  await apiSignIn(manager, 'password', DEMO.manager);
  const api = e2eApi(manager);
  const crisps = (await menuItems(api)).find((item) => item.name === 'Crisps')!;
  const { order } = await api.call('createOrder', {
    body: { type: 'TAKEAWAY', lines: [{ itemId: crisps.id, quantity: 1 }] },
    idempotencyKey: randomBytes(16).toString('hex'),
  });
  const made = await api.request('createCheckout', { params: { id: order.id }, body: {} });
  expect(made.status).toBe(201);
  const { checkout } = dataOf(made);
  expect(checkout.url).toBe(`${app.origin}/pay/${checkout.token}`);

  const context = await browser.newContext({ viewport: VIEWPORTS.phone, hasTouch: true, isMobile: true });
  const phone = await context.newPage();
  await phone.goto(checkout.url);
  await expect(phone.getByRole('heading', { name: 'Fynlo Demo Café' })).toBeVisible();
  await expect(phone.getByText('Pay by bank is not set up at Fynlo Demo Café yet.')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Pay by bank' })).toHaveCount(0);
  // Nor can the page's API start one.
  const started = await api.request('payByBank', { params: { token: checkout.token }, body: { tipPence: 0 } });
  expect(started.status).toBe(409);
  await context.close();
  await manager.dispose();
});
