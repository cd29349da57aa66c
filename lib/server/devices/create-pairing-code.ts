import 'server-only';
import { createHash, randomInt } from 'node:crypto';
import type { Db } from '@/lib/db';
import {
  MAX_LIVE_PAIRING_CODES,
  PAIRING_CODE_ALPHABET,
  PAIRING_CODE_LENGTH,
  PAIRING_CODE_LIFETIME_MS,
} from '@/lib/domain/pairing-code';
import { AppError } from '@/lib/errors';
import type { TCreatePairingCodeBody, TPairingCodeResponse } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { assertStationHere } from './insert-paired-device';

/** The stored form of a code: only its SHA-256, so the database alone pairs nothing. */
export function hashPairingCode(code: string): string {
  return createHash('sha256').update(code).digest('base64url');
}

function drawCode(): string {
  return Array.from({ length: PAIRING_CODE_LENGTH }, () => PAIRING_CODE_ALPHABET[randomInt(32)]).join('');
}

export type CreatePairingCodeOptions = {
  db: Db;
  actor: Actor;
  input: TCreatePairingCodeBody;
  requestId: string;
  now: Date;
};

/**
 * Makes a one-time code that pairs a new till or kitchen screen (named and kinded here) when typed
 * on it, so nobody signs in with a manager's password on a shared iPad. The answer is the only
 * place the code appears: it is stored hashed and is not kept as an Idempotency-Key answer either.
 */
export async function createPairingCode({
  db,
  actor,
  input,
  requestId,
  now,
}: CreatePairingCodeOptions): Promise<TPairingCodeResponse> {
  assertPermission(actor, 'devices:manage');
  return writeTransaction(db, { now }, async (tx) => {
    // Serialise code-making per location so two managers cannot both slip under the cap.
    await tx.$queryRaw`SELECT 1 FROM "Location" WHERE "id" = ${actor.locationId}::uuid FOR UPDATE`;
    const live = await tx.devicePairingCode.count({
      where: { locationId: actor.locationId, usedAt: null, expiresAt: { gt: now } },
    });
    if (live >= MAX_LIVE_PAIRING_CODES)
      throw new AppError('CONFLICT', {
        message: `There are already ${MAX_LIVE_PAIRING_CODES} unused codes. Use one, or wait ten minutes for them to run out.`,
        details: { reason: 'TOO_MANY_CODES' },
      });
    await assertStationHere(tx, actor.locationId, input.stationId);
    const code = drawCode();
    const expiresAt = new Date(now.getTime() + PAIRING_CODE_LIFETIME_MS);
    const row = await tx.devicePairingCode.create({
      data: {
        codeHash: hashPairingCode(code),
        locationId: actor.locationId,
        kind: input.kind,
        name: input.name,
        stationId: input.stationId ?? null,
        createdById: actor.userId,
        expiresAt,
        createdAt: now,
      },
    });
    await recordChange(tx, {
      by: actor,
      action: 'device.pairing_code_created',
      entity: { type: 'DevicePairingCode', id: row.id },
      after: { name: row.name, kind: row.kind, stationId: row.stationId, expiresAt: expiresAt.toISOString() },
      requestId,
      now,
    });
    return { code, expiresAt: expiresAt.toISOString(), name: row.name, kind: row.kind };
  });
}
