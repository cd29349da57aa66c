import 'server-only';
import type { Db } from '@/lib/db';
import { normaliseTillPinCode } from '@/lib/domain/till-pin-code';
import { AppError } from '@/lib/errors';
import { toAppError } from '../http/error-response';
import { hashTillPinCode } from '../staff/till-pin-code';
import { type OutboxEventInput, recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { reservePinAttempt } from './pin-attempts';
import { recordWrongPin } from './record-wrong-pin';
import { hashPin } from './secrets';

export type ChoosePinWithCodeOptions = {
  db: Db;
  /** The paired till the code is typed on (from its device cookie); null when unpaired. */
  deviceId: string | null;
  code: string;
  /** Left out: only check the code and answer whose it is ("Hi Sam, choose your PIN"). */
  pin?: string;
  requestId: string;
  now: Date;
};

type CodeRow = {
  userId: string;
  pinHash: string | null;
  name: string;
  organisationId: string;
  isActive: boolean;
  sessionVersion: number;
  hasPin: boolean;
  expiresAt: Date;
  usedAt: Date | null;
};

const ASK_AGAIN = 'Ask a manager for a new code (Staff → the person → Till PIN).';

/**
 * A new member of staff chooses their own PIN on a paired till with the code from the office. Each
 * try spends one attempt of the device's and the location's wrong-PIN budgets, given back when it
 * succeeds: a wrong code costs what a wrong PIN costs, and so does a PIN someone else has — that
 * answer says a colleague's PIN exists, which is exactly what typing it on the PIN pad would say.
 * The code is locked, checked, used and the PIN set in one transaction, so two tills typing one
 * code get one PIN. Replacing an earlier PIN ends that person's sessions, as a reset in the office does.
 */
export async function choosePinWithCode({
  db,
  deviceId,
  code,
  pin,
  requestId,
  now,
}: ChoosePinWithCodeOptions): Promise<{ name: string; pinSet: boolean }> {
  const device = deviceId
    ? await db.device.findFirst({ where: { id: deviceId, revokedAt: null }, select: { id: true, locationId: true } })
    : null;
  if (!device)
    throw new AppError('FORBIDDEN', { message: 'This screen is not paired as a till. A manager can pair it first.' });
  const { locationId } = device;
  const attempt = await reservePinAttempt({ locationId, deviceId: device.id }, now);
  if (!attempt.ok) throw lockedError(attempt.lockedUntil, now);

  const normalised = normaliseTillPinCode(code);
  // scrypt is slow on purpose: hash before the transaction opens.
  const pinHash = normalised && pin ? await hashPin(pin, locationId) : null;
  let outcome: { name: string; pinSet: boolean } | AppError;
  try {
    outcome = normalised
      ? await writeTransaction(db, { now }, async (tx) => {
          const [row] = await tx.$queryRaw<CodeRow[]>`
            SELECT t."userId"::text AS "userId", m."pinHash", u."name", u."organisationId"::text AS "organisationId", u."isActive",
                   u."sessionVersion", (m."pinHash" IS NOT NULL) AS "hasPin", t."expiresAt", t."usedAt"
            FROM "AccountToken" t
            JOIN "User" u ON u."id" = t."userId"
            JOIN "Membership" m ON m."userId" = t."userId" AND m."locationId" = t."locationId"
            WHERE t."tokenHash" = ${hashTillPinCode(locationId, normalised)} AND t."kind" = 'TILL_PIN'
              AND t."locationId" = ${locationId}::uuid
            FOR UPDATE OF t, u, m`;
          if (!row) return new AppError('BAD_REQUEST', { message: 'That code is not right. Check it and try again.' });
          // The same choice again (its answer was lost): the PIN is theirs already, say so.
          if (row.usedAt && pinHash && row.pinHash === pinHash) return { name: row.name, pinSet: true };
          if (row.usedAt)
            return new AppError('GONE', {
              message: `This code has been used or replaced by a newer one. ${ASK_AGAIN}`,
              details: { reason: 'USED' },
            });
          if (row.expiresAt <= now || !row.isActive)
            return new AppError('GONE', {
              message: `This code has expired. ${ASK_AGAIN}`,
              details: { reason: 'EXPIRED' },
            });
          if (!pinHash) return { name: row.name, pinSet: false };

          const holder = await tx.membership.findUnique({
            where: { locationId_pinHash: { locationId, pinHash } },
            select: { userId: true },
          });
          if (holder && holder.userId !== row.userId)
            return new AppError('CONFLICT', {
              message: 'That PIN is already in use here. Choose another.',
              details: { reason: 'PIN_TAKEN' },
            });
          const sessionVersion = row.sessionVersion + (row.hasPin ? 1 : 0);
          await tx.membership.update({
            where: { userId_locationId: { userId: row.userId, locationId } },
            data: { pinHash },
          });
          if (row.hasPin) await tx.user.update({ where: { id: row.userId }, data: { sessionVersion } });
          await tx.accountToken.updateMany({
            where: { userId: row.userId, kind: 'TILL_PIN', usedAt: null },
            data: { usedAt: now },
          });
          const events: OutboxEventInput[] = row.hasPin
            ? [{ locationId, type: 'user.sessions_ended', payload: { userId: row.userId, sessionVersion } }]
            : [];
          await recordChange(tx, {
            by: { userId: row.userId, organisationId: row.organisationId, locationId, deviceId: device.id },
            action: 'auth.pin_chosen',
            entity: { type: 'User', id: row.userId },
            after: { deviceId: device.id, replacedPin: row.hasPin },
            requestId,
            now,
            events,
          });
          return { name: row.name, pinSet: true };
        })
      : new AppError('BAD_REQUEST', { message: 'A code is 8 digits. Check it and try again.' });
  } catch (error) {
    const refused = toAppError(error);
    // Two people choosing the same PIN at the same moment: the unique index refused the second.
    if (refused.code === 'CONFLICT')
      outcome = new AppError('CONFLICT', {
        message: 'That PIN is already in use here. Choose another.',
        details: { reason: 'PIN_TAKEN' },
      });
    else {
      // Not the person's mistake (the database failed): the attempt is not theirs to pay for.
      await attempt.release();
      throw error;
    }
  }

  if (!(outcome instanceof AppError)) {
    await attempt.release();
    return outcome;
  }
  const locksUntil = await recordWrongPin(db, attempt, { locationId, deviceId: device.id, requestId, now });
  throw locksUntil ? lockedError(locksUntil, now) : outcome;
}

function lockedError(until: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError('RATE_LIMITED', {
    message: 'Too many wrong tries on this till. Wait a few minutes, then try again.',
    details: { retryAfterSeconds, lockedUntil: until.toISOString() },
  });
}
