import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { cashVariance, countDenominations, expectedCash, varianceNeedsApproval } from '@/lib/domain/cash';
import { formatPence } from '@/lib/domain/money';
import { AppError } from '@/lib/errors';
import type { TCashSession } from '@/lib/schemas/payments';
import { approverFor } from '../approvals/require-approval';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { recordChange } from '../write/record-change';
import { assertPermission } from '../permissions';
import { writeTransaction } from '../write/write-transaction';

type Change = {
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
async function toCashSessionDto(db: DbOrTx, sessionId: string): Promise<TCashSession> {
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

/** What each movement is called in the audit log. */
const MOVEMENT_ACTIONS = {
  PAY_IN: 'cash.pay_in',
  PAY_OUT: 'cash.pay_out',
  SAFE_DROP: 'cash.safe_drop',
  NO_SALE: 'cash.no_sale',
} as const;

/** Locks an open drawer of the location for the rest of the transaction. */
async function lockOpenSession(tx: DbOrTx, actor: Actor, sessionId: string) {
  const [row] = await tx.$queryRaw<{ id: string; closedAt: Date | null }[]>`
    SELECT "id"::text AS "id", "closedAt" FROM "CashSession"
    WHERE "id" = ${sessionId}::uuid AND "locationId" = ${actor.locationId}::uuid FOR UPDATE`;
  if (!row) throw new AppError('NOT_FOUND', { message: 'No such cash drawer at this location' });
  if (row.closedAt) throw new AppError('CONFLICT', { message: 'This drawer is already closed' });
}

/** Opens this till's drawer with a float. One open drawer per till. */
export async function openCashSession(
  options: Change & { floatPence: number },
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
    await recordChange(tx, {
      by: actor,
      action: 'cash.opened',
      entity: { type: 'CashSession', id: session.id },
      after: { floatPence },
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, session.id) };
  });
}

/** Pay-in, pay-out, safe drop or no-sale (the drawer opened with no sale: a reason is required). */
export async function addCashMovement(
  options: Change & {
    sessionId: string;
    movement: { kind: 'PAY_IN' | 'PAY_OUT' | 'SAFE_DROP' | 'NO_SALE'; amountPence: number; reason: string };
  },
): Promise<{ cashSession: TCashSession }> {
  const { db, actor, sessionId, movement, idempotency, now } = options;
  assertPermission(actor, 'cash:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await lockOpenSession(tx, actor, sessionId);
    const amountPence = movement.kind === 'NO_SALE' ? 0 : movement.amountPence;
    const created = await tx.cashMovement.create({
      data: {
        cashSessionId: sessionId,
        kind: movement.kind,
        amountPence,
        reason: movement.reason,
        createdById: actor.userId,
        createdAt: now,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: MOVEMENT_ACTIONS[movement.kind],
      entity: { type: 'CashSession', id: sessionId },
      after: { movementId: created.id, kind: movement.kind, amountPence, reason: movement.reason },
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, sessionId) };
  });
}

/**
 * Closes a drawer with its count: expected against counted, and the variance. A variance beyond the
 * location's limit (either way) needs a manager's sign-off in the same request.
 */
export async function closeCashSession(
  options: Change & {
    sessionId: string;
    count: { countedPence?: number; denominations?: Partial<Record<string, number>>; approval?: { pin: string } };
  },
): Promise<{ cashSession: TCashSession }> {
  const { db, actor, sessionId, count, idempotency, now } = options;
  assertPermission(actor, 'cash:manage');
  return writeTransaction(db, { idempotency, now }, async (tx) => {
    await lockOpenSession(tx, actor, sessionId);
    const counted = count.denominations ? countDenominations(count.denominations) : count.countedPence!;
    if (count.denominations && count.countedPence !== undefined && count.countedPence !== counted) {
      throw new AppError('VALIDATION_FAILED', {
        message: `The notes and coins add up to ${formatPence(counted)}, not ${formatPence(count.countedPence)}`,
        details: [{ path: 'countedPence', message: 'Does not match the denominations' }],
      });
    }
    const current = await toCashSessionDto(tx, sessionId);
    const variance = cashVariance(counted, current.expectedPence);
    const { cashVarianceLimitPence } = await tx.location.findUniqueOrThrow({
      where: { id: actor.locationId },
      select: { cashVarianceLimitPence: true },
    });
    const approvedById = varianceNeedsApproval(variance, cashVarianceLimitPence)
      ? await approverFor({
          db: tx,
          actor,
          approval: count.approval,
          now,
          action: `Closing the drawer ${formatPence(Math.abs(variance))} ${variance < 0 ? 'short' : 'over'}`,
        })
      : null;
    await tx.cashSession.update({
      where: { id: sessionId },
      data: {
        closedAt: now,
        closedById: actor.userId,
        countedPence: counted,
        expectedPence: current.expectedPence,
        variancePence: variance,
        denominations: count.denominations ?? undefined,
        approvedById,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: 'cash.closed',
      entity: { type: 'CashSession', id: sessionId },
      after: { expectedPence: current.expectedPence, countedPence: counted, variancePence: variance },
      approvedById,
      requestId: options.requestId,
      now,
    });
    return { cashSession: await toCashSessionDto(tx, sessionId) };
  });
}

/** The location's drawers, newest first (open ones, or closed, or all). */
export async function findCashSessions(options: {
  db: DbOrTx;
  actor: Actor;
  status?: 'OPEN' | 'CLOSED';
}): Promise<TCashSession[]> {
  const { db, actor, status } = options;
  assertPermission(actor, 'cash:manage');
  const sessions = await db.cashSession.findMany({
    where: {
      locationId: actor.locationId,
      ...(status === 'OPEN' ? { closedAt: null } : status === 'CLOSED' ? { closedAt: { not: null } } : {}),
    },
    orderBy: { openedAt: 'desc' },
    take: 50,
    select: { id: true },
  });
  return Promise.all(sessions.map((session) => toCashSessionDto(db, session.id)));
}
