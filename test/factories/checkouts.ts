// A takeaway of crisps and a QR checkout for what is due, and cash for the rest, made through the
// API as the till makes them.
import { randomUUID } from 'node:crypto';
import { POST as checkoutRoute } from '@/app/api/v1/orders/[id]/checkout/route';
import { POST as payRoute } from '@/app/api/v1/orders/[id]/payments/route';
import { getDb } from '@/lib/db';
import type { TCheckout } from '@/lib/schemas/checkout';
import type { TOrder } from '@/lib/schemas/orders';
import { getOrder } from '@/lib/server/orders/order-dto';
import { call, sessionCookie } from '../http';
import { createOrderAs, menu } from './orders';
import { demo } from './staff';

export async function orderWithCheckout(quantity = 2): Promise<{ order: TOrder; checkout: TCheckout; cookie: string }> {
  const cookie = await sessionCookie({ userId: demo.users.cashier, locationId: demo.locationId });
  const created = await createOrderAs(cookie, { type: 'TAKEAWAY', lines: [{ itemId: menu.crisps, quantity }] });
  const order = (created.body as { order: TOrder }).order;
  const made = await call(checkoutRoute, {
    method: 'POST',
    path: `/api/v1/orders/${order.id}/checkout`,
    params: { id: order.id },
    cookie,
  });
  if (made.status !== 201) throw new Error(`checkout not made: ${made.status}`);
  return { order, checkout: (made.body as { checkout: TCheckout }).checkout, cookie };
}

/** The till takes cash for whatever is still due (nothing when the bill is already settled). */
export async function payRestInCash(orderId: string, cookie: string): Promise<void> {
  const due = (await getOrder(getDb(), demo.locationId, orderId)).totals.duePence;
  if (due === 0) return;
  await call(payRoute, {
    method: 'POST',
    path: `/api/v1/orders/${orderId}/payments`,
    params: { id: orderId },
    body: { method: 'CASH', amountPence: due },
    cookie,
    headers: { 'idempotency-key': randomUUID() },
  });
}
