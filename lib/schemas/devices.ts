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
