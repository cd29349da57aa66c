// A takeaway of crisps and a QR checkout for what is due, and cash for the rest, made through the
// API as the till makes them.
import { randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db';
import type { TCheckout } from '@/lib/schemas/checkout';
import type { TOrder } from '@/lib/schemas/orders';
import { getOrder } from '@/lib/server/orders/order-dto';
import { dataOf, testApi } from '../api-client';
import { sessionCookie } from '../http';
import { createOrderAs, menu } from './orders';
import { demo } from './staff';

export async function orderWithCheckout(quantity = 2): Promise<{ order: TOrder; checkout: TCheckout; cookie: string }> {
  const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
  const { order } = dataOf(
    await createOrderAs(cookie, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity }] }),
  );
  const { checkout } = await testApi({ cookie }).call('createCheckout', { params: { id: order.id }, body: {} });
  return { order, checkout, cookie };
}

/** The till takes cash for whatever is still due (nothing when the bill is already settled). */
export async function payRestInCash(orderId: string, cookie: string): Promise<void> {
  const due = (await getOrder(getDb(), demo.locationId, orderId)).totals.duePence;
  if (due === 0) return;
  await testApi({ cookie }).call('takePayment', {
    params: { id: orderId },
    body: { method: 'CASH', amountPence: due },
    idempotencyKey: randomUUID(),
  });
}
