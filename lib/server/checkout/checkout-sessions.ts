import 'server-only';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import type { Db, DbOrTx } from '@/lib/db';
import { assertCheckoutTransition, CHECKOUT_TTL_MS, effectiveCheckoutStatus } from '@/lib/domain/checkout';
import { formatPence } from '@/lib/domain/money';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import { AppError } from '@/lib/errors';
import type { TCheckout, TPublicCheckout } from '@/lib/schemas/checkout';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { lockOrder } from '../orders/lock-order';
import { getOrder } from '../orders/order-dto';
import { recordChange, SYSTEM } from '../write/record-change';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';
import { checkoutUpdatedEvent } from '../write/events';

type CheckoutRow = {
  id: string;
  orderId: string;
  token: string;
  status: TCheckout['status'];
  amountPence: number;
  tipPence: number;
  expiresAt: Date;
};

/** `baseUrl` is where customers reach the app (`publicBaseUrl`: PUBLIC_URL, else the request's origin). */
const payUrl = (token: string, baseUrl: string) => `${baseUrl}/pay/${token}`;

async function toCheckoutDto(row: CheckoutRow, baseUrl: string, now: Date): Promise<TCheckout> {
  const url = payUrl(row.token, baseUrl);
  return {
    id: row.id,
    orderId: row.orderId,
    token: row.token,
    url,
    qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    status: effectiveCheckoutStatus(row.status, row.expiresAt, now),
    amountPence: row.amountPence,
    tipPence: row.tipPence,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/**
 * Makes a QR checkout for what is due on an order (or a share of it, for a split): a session with
 * an unguessable token (128 random bits) that lives 15 minutes. Nothing is charged here; the
 * customer pays on their phone and only the provider's confirmation records the payment.
 */
export async function createCheckout(options: {
  db: Db;
  actor: Actor;
  orderId: string;
  amountPence?: number;
  baseUrl: string;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
}): Promise<{ checkout: TCheckout }> {
  const { db, actor, orderId, baseUrl, idempotency, requestId, now } = options;
  assertPermission(actor, 'payments:take');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    const locked = await lockOrder(tx, { orderId, locationId: actor.locationId });
    if (!canOrderTakePayment(locked.status)) {
      throw new AppError('CONFLICT', { message: `Order #${locked.number} has nothing to pay` });
    }
    const order = await getOrder(tx, actor.locationId, orderId);
    const due = order.totals.duePence;
    const amountPence = options.amountPence ?? due;
    if (due === 0 || amountPence > due) {
      throw new AppError('CONFLICT', {
        message: due === 0 ? `Order #${locked.number} is already paid` : `Only ${formatPence(due)} is due`,
        details: { reason: 'OVERPAYMENT', duePence: due },
      });
    }
    const created = await tx.checkoutSession.create({
      data: {
        locationId: actor.locationId,
        orderId,
        token: randomBytes(16).toString('base64url'),
        amountPence,
        expiresAt: new Date(now.getTime() + CHECKOUT_TTL_MS),
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: 'checkout.created',
      entity: { type: 'CheckoutSession', id: created.id },
      after: { orderId, amountPence, expiresAt: created.expiresAt.toISOString() },
      requestId,
      now,
      events: [checkoutUpdatedEvent(actor.locationId, created, created.status)],
    });
    return { checkout: await toCheckoutDto(created, baseUrl, now) };
  });
}

/** The till calls off a checkout (the customer paid another way, or a new QR is wanted). */
export async function cancelCheckout(options: {
  db: Db;
  actor: Actor;
  checkoutId: string;
  baseUrl: string;
  requestId: string;
  now: Date;
}): Promise<TCheckout> {
  const { db, actor, checkoutId, baseUrl, requestId, now } = options;
  assertPermission(actor, 'payments:take');
  const row = await writeTransaction(db, { now }, async (tx) => {
    const [current] = await tx.$queryRaw<CheckoutRow[]>`
      SELECT "id"::text AS "id", "orderId"::text AS "orderId", "token", "status"::text AS "status",
             "amountPence", "tipPence", "expiresAt"
      FROM "CheckoutSession" WHERE "id" = ${checkoutId}::uuid AND "locationId" = ${actor.locationId}::uuid
      FOR UPDATE`;
    if (!current) throw new AppError('NOT_FOUND', { message: 'No such checkout at this location' });
    assertCheckoutTransition(effectiveCheckoutStatus(current.status, current.expiresAt, now), 'CANCELED');
    const updated = await tx.checkoutSession.update({ where: { id: checkoutId }, data: { status: 'CANCELED' } });
    await recordChange(tx, {
      by: actor,
      action: 'checkout.canceled',
      entity: { type: 'CheckoutSession', id: updated.id },
      requestId,
      now,
      events: [checkoutUpdatedEvent(actor.locationId, updated, updated.status)],
    });
    return updated;
  });
  return toCheckoutDto(row, baseUrl, now);
}

/** The till reads one of its checkouts (the QR screen's status and countdown). */
export async function getCheckout(options: {
  db: DbOrTx;
  actor: Actor;
  checkoutId: string;
  baseUrl: string;
  now: Date;
}): Promise<TCheckout> {
  const { db, actor, checkoutId, baseUrl, now } = options;
  assertPermission(actor, 'payments:take');
  const row = await db.checkoutSession.findFirst({ where: { id: checkoutId, locationId: actor.locationId } });
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such checkout at this location' });
  return toCheckoutDto(row, baseUrl, now);
}

/**
 * The customer's phone has the page: the till moves from "Waiting for customer" to "Customer has
 * the bill". Only a fresh (CREATED) session moves; anything else is left as it is.
 */
export async function markCheckoutOpened(db: Db, token: string, now: Date): Promise<void> {
  await writeTransaction(db, { now }, async (tx) => {
    const [opened] = await tx.$queryRaw<{ id: string; orderId: string; locationId: string }[]>`
      UPDATE "CheckoutSession" c SET "status" = 'OPENED'
      WHERE c."token" = ${token} AND c."status" = 'CREATED' AND c."expiresAt" > ${now}
      RETURNING c."id"::text AS "id", c."orderId"::text AS "orderId", c."locationId"::text AS "locationId"`;
    if (!opened) return;
    await recordChange(tx, {
      by: SYSTEM,
      locationId: opened.locationId,
      action: 'checkout.opened',
      entity: { type: 'CheckoutSession', id: opened.id },
      now: now,
      events: [checkoutUpdatedEvent(opened.locationId, { ...opened, token }, 'OPENED')],
    });
  });
}

/** What the customer's phone shows for a token; NOT_FOUND for anything else (one answer for every miss). */
export async function getPublicCheckout(db: DbOrTx, token: string, now: Date): Promise<TPublicCheckout> {
  const checkout = await db.checkoutSession.findUnique({
    where: { token },
    include: {
      location: { select: { name: true, tipsEnabled: true, tipPresetsBps: true } },
      order: { select: { receiptToken: true } },
    },
  });
  if (!checkout) throw new AppError('NOT_FOUND', { message: 'No such checkout' });
  const order = await getOrder(db, checkout.locationId, checkout.orderId);
  return {
    status: effectiveCheckoutStatus(checkout.status, checkout.expiresAt, now),
    amountPence: checkout.amountPence,
    tipPence: checkout.tipPence,
    expiresAt: checkout.expiresAt.toISOString(),
    venue: { name: checkout.location.name },
    bill: {
      orderNumber: order.number,
      lines: order.lines
        .filter((line) => line.voidedAt === null)
        .map((line) => ({ name: line.name, quantity: line.quantity, totalPence: line.totalPence })),
      serviceChargePence: order.totals.serviceChargePence,
      totalPence: order.totals.totalPence,
      vatPence: order.totals.vatPence,
      vatBands: order.totals.vatBands.map(({ rateBps, vatPence, grossPence }) => ({ rateBps, vatPence, grossPence })),
      paidPence: order.totals.paidPence,
      duePence: order.totals.duePence,
    },
    tips: { enabled: checkout.location.tipsEnabled, presetsBps: checkout.location.tipPresetsBps },
    receiptUrl:
      checkout.status === 'PAID' && checkout.order.receiptToken ? `/receipt/${checkout.order.receiptToken}` : null,
  };
}
