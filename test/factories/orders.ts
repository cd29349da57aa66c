// Demo menu ids for order tests, and a helper that creates orders the way a till does.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ZOrderLineInput } from '@/lib/schemas/orders';
import { demoId } from '@/prisma/seed';
import { type ApiBody, testApi } from '../api-client';

export const menu = {
  flatWhite: demoId('item:Flat white'), // £3.40, Bar, milk required (min 1, max 1), extras up to 3
  latte: demoId('item:Latte'), // £3.50, Bar, size + milk required
  croissant: demoId('item:Croissant'), // £2.80, Counter, 0 % VAT takeaway
  fullEnglish: demoId('item:Full English'), // £11.50, Kitchen, eggs + toast required
  crisps: demoId('item:Crisps'), // £1.50, Counter, no modifiers
  oatMilk: demoId('modifier:milk:Oat milk'), // +40p
  wholeMilk: demoId('modifier:milk:Whole milk'),
  soyaMilk: demoId('modifier:milk:Soya milk'),
  regular: demoId('modifier:size:Regular'),
  large: demoId('modifier:size:Large'), // +50p
  extraShot: demoId('modifier:extras:Extra shot'), // +60p
  vanilla: demoId('modifier:extras:Vanilla syrup'),
  caramel: demoId('modifier:extras:Caramel syrup'),
  hazelnut: demoId('modifier:extras:Hazelnut syrup'),
  friedEggs: demoId('modifier:eggs:Fried'),
  sourdough: demoId('modifier:toast:Sourdough'), // +50p
  stations: { bar: demoId('station:Bar'), kitchen: demoId('station:Kitchen'), counter: demoId('station:Counter') },
  table5: demoId('table:5'),
  table9: demoId('table:9'),
} as const;

/** One order line as a till sends it (what the server fills in by default may be left out). */
export type LineInput = z.input<typeof ZOrderLineInput>;

/** The till opens an order as the person signed in with `cookie` (the answer or its refusal). */
export function createOrderAs(cookie: string, body: ApiBody<'createOrder'>, key: string = randomUUID()) {
  return testApi({ cookie }).request('createOrder', { body, idempotencyKey: key });
}
