import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TCashSession } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type CashChange, toCashSessionDto } from './cash-session-dto';

/**
 * Opens this till's drawer with a float. One open drawer per till. Cash this till took while no
 * drawer was open (an API client, a replayed offline sale) joins this drawer, as do cash refunds
 * it gave meanwhile: the money is in the till, so the drawer's count must expect it, and the Z
 * report's drawers then add up to the cash of the day.
 */
export async function openCashSession(
  options: CashChange & { floatPence: number },
): Promise<{ cashSession: TCashSession }> {
  const { db, actor, floatPence, idempotency, now } = options;
  assertPermission(actor, 'cash:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    // Serialise opens for this till: two taps cannot open two drawers.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`drawer:${actor.locationId}:${actor.deviceId ?? 'none'}`}))`;
    const open = await tx.cashSession.findFirst({
      where: { locationId: actor.locationId, deviceId: actor.deviceId, closedAt: null },
      select: { id: true },
    });
    if (open) {
      throw new AppError('CONFLICT', {
        message: 'This till already has an open drawer; close it first',
        details: { cashSessionId: open.id },
      });
    }
    const session = await tx.cashSession.create({
      data: {
        locationId: actor.locationId,
        deviceId: actor.deviceId,
        openedById: actor.userId,
        floatPence,
        openedAt: now,
      },
    });
    const attached = await attachLooseCash(tx, { actor, sessionId: session.id });
    await recordChange(tx, {
      by: actor,
      action: 'cash.opened',
      entity: { type: 'CashSession', id: session.id },
      after: { floatPence, ...attached },
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, session.id) };
  });
}

/** Attaches this till's cash payments and cash refunds that belong to no drawer to the new one. */
async function attachLooseCash(
  tx: DbOrTx,
  { actor, sessionId }: { actor: Actor; sessionId: string },
): Promise<{ attachedPayments: number; attachedRefunds: number }> {
  const attachedPayments = await tx.$executeRaw`
    UPDATE "Payment" SET "cashSessionId" = ${sessionId}::uuid
    WHERE "locationId" = ${actor.locationId}::uuid AND "method" = 'CASH' AND "status" = 'SUCCEEDED'
      AND "cashSessionId" IS NULL AND "deviceId" IS NOT DISTINCT FROM ${actor.deviceId}::uuid`;
  const attachedRefunds = await tx.$executeRaw`
    UPDATE "Refund" r SET "cashSessionId" = ${sessionId}::uuid
    FROM "Payment" p
    WHERE r."paymentId" = p."id" AND p."method" = 'CASH' AND r."status" <> 'FAILED'
      AND r."locationId" = ${actor.locationId}::uuid AND r."cashSessionId" IS NULL
      AND r."deviceId" IS NOT DISTINCT FROM ${actor.deviceId}::uuid`;
  return { attachedPayments, attachedRefunds };
}
