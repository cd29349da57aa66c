import 'server-only';
import type { Db } from '@/lib/db';
import { normalisePairingCode } from '@/lib/domain/pairing-code';
import { AppError } from '@/lib/errors';
import type { TDevice } from '@/lib/schemas/devices';
import { getRateLimiter, RATE_LIMITS } from '../rate-limit';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { hashPairingCode } from './create-pairing-code';
import { insertPairedDevice } from './insert-paired-device';
import { toDeviceDto } from './to-device-dto';

export type PairWithCodeOptions = {
  db: Db;
  /** The code as typed on the new screen. */
  code: string;
  /** The caller's address, for the per-address limit on codes tried. */
  address: string;
  requestId: string;
  now: Date;
};

type CodeRow = {
  id: string;
  locationId: string;
  organisationId: string;
  kind: 'TILL' | 'KITCHEN';
  name: string;
  stationId: string | null;
  createdById: string;
  expiresAt: Date;
  usedAt: Date | null;
};

const ASK_AGAIN = 'Ask a manager for a new code on the Devices page.';

/**
 * Pairs this browser with a code made in the office: the code is locked, checked, marked used and
 * the device created in one transaction, so two screens typing one code at once get one device.
 * The device is paired by the manager who made the code, as if they had signed in here.
 */
export async function pairWithCode({ db, code, address, requestId, now }: PairWithCodeOptions): Promise<TDevice> {
  const limit = await getRateLimiter().hit(`pairing-code:address:${address}`, RATE_LIMITS.pairingCodesPerAddress, now);
  if (!limit.allowed)
    throw new AppError('RATE_LIMITED', {
      message: 'Too many codes tried. Wait a few minutes, then try again.',
      details: { retryAfterSeconds: limit.retryAfterSeconds },
    });
  const normalised = normalisePairingCode(code);
  if (!normalised)
    throw new AppError('BAD_REQUEST', {
      message: 'A pairing code is 8 letters and numbers, like ABCD-2345. Check it and try again.',
    });
  return writeTransaction(db, { now }, async (tx) => {
    const [row] = await tx.$queryRaw<CodeRow[]>`
      SELECT c."id"::text AS "id", c."locationId"::text AS "locationId", l."organisationId"::text AS "organisationId",
             c."kind"::text AS "kind", c."name", c."stationId"::text AS "stationId",
             c."createdById"::text AS "createdById", c."expiresAt", c."usedAt"
      FROM "DevicePairingCode" c JOIN "Location" l ON l."id" = c."locationId"
      WHERE c."codeHash" = ${hashPairingCode(normalised)}
      FOR UPDATE OF c`;
    if (!row)
      throw new AppError('BAD_REQUEST', {
        message: 'That code is not right. Check it, or ask a manager for a new one on the Devices page.',
      });
    if (row.usedAt)
      throw new AppError('GONE', {
        message: `This code has been used already. ${ASK_AGAIN}`,
        details: { reason: 'USED' },
      });
    if (row.expiresAt <= now)
      throw new AppError('GONE', { message: `This code has expired. ${ASK_AGAIN}`, details: { reason: 'EXPIRED' } });

    const device = await insertPairedDevice(tx, {
      locationId: row.locationId,
      input: { name: row.name, kind: row.kind, stationId: row.stationId ?? undefined },
      pairedById: row.createdById,
      now,
    });
    const { count } = await tx.devicePairingCode.updateMany({
      where: { id: row.id, usedAt: null },
      data: { usedAt: now, deviceId: device.id },
    });
    if (count !== 1)
      throw new AppError('GONE', {
        message: `This code has been used already. ${ASK_AGAIN}`,
        details: { reason: 'USED' },
      });
    const dto = toDeviceDto(device);
    await recordChange(tx, {
      by: {
        userId: row.createdById,
        organisationId: row.organisationId,
        locationId: row.locationId,
        deviceId: device.id,
      },
      action: 'device.paired_with_code',
      entity: { type: 'Device', id: device.id },
      after: { ...dto, pairingCodeId: row.id },
      requestId,
      now,
      events: [{ locationId: row.locationId, type: 'device.paired', payload: dto }],
    });
    return dto;
  });
}
