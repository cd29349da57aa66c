import { z } from 'zod';
import { ZText, ZUuid } from './common';

export const ZDeviceKind = z.enum(['TILL', 'KITCHEN']);

export const ZPairDeviceBody = z
  .object({
    name: ZText.trim().min(1, 'Give the device a name').max(60),
    kind: ZDeviceKind,
    stationId: ZUuid.optional(),
  })
  .strict();
export type TPairDeviceBody = z.infer<typeof ZPairDeviceBody>;

export const ZRenameDeviceBody = z.object({ name: ZPairDeviceBody.shape.name }).strict();
export type TRenameDeviceBody = z.infer<typeof ZRenameDeviceBody>;

/** A pairing code is made for the device it will pair: the same name, kind and station. */
export const ZCreatePairingCodeBody = ZPairDeviceBody;
export type TCreatePairingCodeBody = TPairDeviceBody;

export const ZPairingCodeResponse = z.object({
  /** Shown once, never stored: eight symbols from PAIRING_CODE_ALPHABET. */
  code: z.string(),
  expiresAt: z.iso.datetime(),
  name: z.string(),
  kind: ZDeviceKind,
});
export type TPairingCodeResponse = z.infer<typeof ZPairingCodeResponse>;

/** What the new till sends: the code as typed (case, spaces and a dash do not matter). */
export const ZPairWithCodeBody = z.object({ code: ZText.trim().min(1, 'Type the code').max(32) }).strict();
export type TPairWithCodeBody = z.infer<typeof ZPairWithCodeBody>;

/** A till's last sync report, as the office sees it. */
/** A change the server refused on a till's replay, in the till's words, for the office to see. */
export const ZSyncRefusal = z
  .object({
    /** The change's Idempotency-Key (stable, so the office can tell one refusal from another). */
    id: ZUuid,
    /** The order it was for (a new order rung up offline may never have reached the server). */
    orderId: ZUuid,
    /** "Void an item: Removed before sending". */
    change: ZText.min(1).max(200),
    /** The server's words on refusing it. */
    message: ZText.min(1).max(500),
    /** What to do about it. */
    advice: ZText.min(1).max(300),
    /** When the change was made on the till, and when the server refused it. */
    madeAt: z.iso.datetime(),
    failedAt: z.iso.datetime(),
  })
  .strict();
export type TSyncRefusal = z.infer<typeof ZSyncRefusal>;

/** The most refusals a till lists in its report (the newest; `refused` counts them all). */
export const MAX_REPORTED_REFUSALS = 20;

export const ZDeviceSync = z.object({
  waiting: z.number().int(),
  oldestAt: z.iso.datetime().nullable(),
  refused: z.number().int(),
  /** The newest refused changes, with the order's number where the server has the order. */
  refusals: z.array(ZSyncRefusal.extend({ orderNumber: z.number().int().nullable() })),
  lastSyncedAt: z.iso.datetime().nullable(),
  reportedAt: z.iso.datetime().nullable(),
});
export type TDeviceSync = z.infer<typeof ZDeviceSync>;
export const ZDevice = z
  .object({
    id: ZUuid,
    name: z.string(),
    kind: ZDeviceKind,
    stationId: ZUuid.nullable(),
    pairedAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    pinLockedUntil: z.iso.datetime().nullable(),
    /** A till's last report of its offline outbox; null before it has made one. */
    sync: ZDeviceSync.nullable(),
  })
  .meta({ id: 'Device' });
export type TDevice = z.infer<typeof ZDevice>;

export const ZDeviceResponse = z.object({ device: ZDevice });
export const ZDeviceListResponse = z.object({ devices: z.array(ZDevice) });

/** What a paired screen learns about itself before anyone signs in (for the PIN pad). */
export const ZCurrentDeviceResponse = z.object({
  device: z.object({
    id: ZUuid,
    name: z.string(),
    kind: ZDeviceKind,
    stationId: ZUuid.nullable(),
    locationName: z.string(),
    pinLockedUntil: z.iso.datetime().nullable(),
  }),
});
export type TCurrentDeviceResponse = z.infer<typeof ZCurrentDeviceResponse>;

/**
 * What a paired till says of its offline outbox (issue 12), after each sync run and every minute
 * while online: the changes it holds that the server has not had, the oldest one's time, the
 * refused changes nobody has dealt with, and when its queue last emptied.
 */
export const ZDeviceSyncReport = z
  .object({
    waiting: z.number().int().min(0).max(1_000_000),
    oldestAt: z.iso.datetime().nullable(),
    refused: z.number().int().min(0).max(1_000_000),
    /** The newest refused changes in words; optional, as a till still running an older version sends none. */
    refusals: z.array(ZSyncRefusal).max(MAX_REPORTED_REFUSALS).optional(),
    lastSyncedAt: z.iso.datetime().nullable(),
  })
  .strict()
  .refine((report) => (report.waiting === 0) === (report.oldestAt === null), {
    message: 'oldestAt is the oldest waiting change: set exactly when something waits',
    path: ['oldestAt'],
  })
  .refine((report) => (report.refusals?.length ?? 0) <= report.refused, {
    message: 'refusals lists refused changes: no more than refused counts',
    path: ['refusals'],
  });
export type TDeviceSyncReport = z.infer<typeof ZDeviceSyncReport>;

export const ZDeviceSyncResponse = z.object({ sync: ZDeviceSync });
