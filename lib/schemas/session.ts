import { z } from 'zod';
import { ZApproval, ZText, ZUuid } from './common';
import { ZDeviceKind } from './devices';
import { ZPermission, ZRole } from './permissions';
import { ZReceiptVenue } from './receipts';

export const ZMeResponse = z
  .object({
    user: z.object({ id: ZUuid, name: z.string(), email: z.string().nullable() }),
    role: ZRole,
    permissions: z.array(ZPermission),
    location: z.object({
      id: ZUuid,
      slug: z.string(),
      name: z.string(),
      tillIdleLockSeconds: z.number().int(),
      /** Discounts above this (basis points) need a manager's approval for roles without orders:discount. */
      cashierDiscountLimitBps: z.number().int(),
      /** Refunds above this need a manager's approval. */
      cashierRefundLimitPence: z.number().int(),
      /** A drawer closing further out than this needs a manager's sign-off. */
      cashVarianceLimitPence: z.number().int(),
      /** Whether the till offers tips, and its preset percentages (basis points). */
      tipsEnabled: z.boolean(),
      tipPresetsBps: z.array(z.number().int()),
      serviceChargeBps: z.number().int(),
      /** When the venue trades, for the till's "Open until 17:00" (lib/domain/trading-status.ts). */
      timezone: z.string(),
      openingHours: z.array(z.object({ day: z.number().int(), opens: z.string(), closes: z.string() })).nullable(),
      closedDates: z.array(z.string()),
      /** What a receipt prints about the venue: the till prints one itself for an order not yet synced. */
      receiptVenue: ZReceiptVenue,
    }),
    device: z.object({ id: ZUuid, name: z.string(), kind: ZDeviceKind }).nullable(),
  })
  .meta({ id: 'Me' });
export type TMeResponse = z.infer<typeof ZMeResponse>;

export const ZVerifyApprovalBody = z.object({ approval: ZApproval }).strict();
export const ZVerifyApprovalResponse = z.object({ approver: z.object({ id: ZUuid, name: z.string(), role: ZRole }) });

export const ZHealthResponse = z
  .object({
    ok: z.boolean(),
    db: z.boolean(),
    realtime: z.boolean(),
    /** A fresh install with no organisation: open the setup link `npm start` printed. */
    setupNeeded: z.boolean(),
  })
  .meta({ id: 'Health' });

/** next-auth's credentials forms (`POST /api/auth/callback/password` and `…/pin`). */
export const ZPasswordCredentials = z.object({ email: ZText.max(320), password: ZText.max(200) });
export const ZPinCredentials = z.object({ pin: ZText.max(12) });
