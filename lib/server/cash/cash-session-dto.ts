import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { expectedCash } from '@/lib/domain/cash';
import { AppError } from '@/lib/errors';
import type { TCashSession } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';

export type CashChange = {
  db: Db;
  actor: Actor;
  /** The request's Idempotency-Key: its answer is stored with this change. */
  idempotency?: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

const SESSION_INCLUDE = {
  movements: { orderBy: { createdAt: 'asc' } },
} as const;

/** A drawer with what should be in it now (or at its close). */
export async function toCashSessionDto(db: DbOrTx, sessionId: string): Promise<TCashSession> {
  const [session, taken, refunded] = await Promise.all([
    db.cashSession.findUniqueOrThrow({ where: { id: sessionId }, include: SESSION_INCLUDE }),
    db.payment.aggregate({
      where: { cashSessionId: sessionId, method: 'CASH', status: 'SUCCEEDED' },
      _sum: { amountPence: true, tipPence: true },
    }),
    db.refund.aggregate({
      where: { cashSessionId: sessionId, status: { not: 'FAILED' } },
      _sum: { amountPence: true },
    }),
  ]);
  const openedBy = await db.user.findUniqueOrThrow({
    where: { id: session.openedById },
    select: { id: true, name: true },
  });
  const cashSalesPence = (taken._sum.amountPence ?? 0) + (taken._sum.tipPence ?? 0);
  const cashRefundsPence = refunded._sum.amountPence ?? 0;
  const expected = expectedCash({
    floatPence: session.floatPence,
    cashTakenPence: cashSalesPence,
    cashRefundedPence: cashRefundsPence,
    movements: session.movements,
  });
  return {
    id: session.id,
    deviceId: session.deviceId,
    status: session.closedAt ? 'CLOSED' : 'OPEN',
    floatPence: session.floatPence,
    openedBy,
    openedAt: session.openedAt.toISOString(),
    expectedPence: session.expectedPence ?? expected,
    cashSalesPence,
    cashRefundsPence,
    movements: session.movements.map((movement) => ({
      id: movement.id,
      kind: movement.kind,
      amountPence: movement.amountPence,
      reason: movement.reason,
      createdById: movement.createdById,
      createdAt: movement.createdAt.toISOString(),
    })),
    closedAt: session.closedAt?.toISOString() ?? null,
    countedPence: session.countedPence,
    variancePence: session.variancePence,
    denominations: (session.denominations as Record<string, number> | null) ?? null,
    approvedById: session.approvedById,
  };
}

/** Locks an open drawer of the location for the rest of the transaction. */
export async function lockOpenSession(tx: DbOrTx, actor: Actor, sessionId: string) {
  const [row] = await tx.$queryRaw<{ id: string; closedAt: Date | null }[]>`
    SELECT "id"::text AS "id", "closedAt" FROM "CashSession"
    WHERE "id" = ${sessionId}::uuid AND "locationId" = ${actor.locationId}::uuid FOR UPDATE`;
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such cash drawer at this location' });
  if (row.closedAt) throw new AppError('CONFLICT', { message: 'This drawer is already closed' });
}
