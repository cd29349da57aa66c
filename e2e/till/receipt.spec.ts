import { randomUUID } from 'node:crypto';
import { apiSignIn, DEMO, expect, snap, test, VIEWPORTS } from '../fixtures';

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
    await expect(page.getByText('tendered £20.00')).toBeVisible();
    await snap(page, 'receipt-phone');

    const guessed = await page.goto('/receipt/AAAAAAAAAAAAAAAAAAAAAA');
    expect(guessed?.status()).toBe(404);
  });
});

async function firstPlainItem(request: import('@playwright/test').APIRequestContext) {
  const menu = (await (await request.get('/api/v1/menu')).json()) as {
    categories: { items: { id: string; isAvailable: boolean; modifierGroups: { min: number }[] }[] }[];
  };
  return menu.categories
    .flatMap((category) => category.items)
    .find((item) => item.isAvailable && item.modifierGroups.every((group) => group.min === 0))!;
}
