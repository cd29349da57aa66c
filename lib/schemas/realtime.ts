// What the realtime sidecar and `GET /api/v1/events` deliver: committed outbox events, each with
// its `seq`. One schema per event type; `recordChange` validates every event against it before it
// is written, so a screen never receives a payload it cannot read.
import { z } from 'zod';
import { ZText, ZUuid } from './common';
import { ZDevice } from './devices';
import { ZTicketStatus } from './kitchen';
import { ZOrderStatus, ZTicket } from './orders';

const ZOrderEventPayload = z.object({
  orderId: ZUuid,
  number: z.number().int(),
  version: z.number().int(),
  status: ZOrderStatus,
});

export const ZTicketAction = z.enum(['started', 'line_ready', 'bumped', 'recalled', 'voided', 'line_voided']);

/** Each event type and its payload. */
export const REALTIME_EVENT_PAYLOADS = {
  'order.created': ZOrderEventPayload,
  'order.updated': ZOrderEventPayload.extend({ action: z.string() }),
  'ticket.created': ZTicket,
  'ticket.updated': z.object({
    ticketId: ZUuid,
    orderId: ZUuid,
    orderNumber: z.number().int(),
    stationId: ZUuid,
    /** The ticket's status after the change; null when the change left it as it was. */
    status: ZTicketStatus.nullable(),
    action: ZTicketAction,
    /** The lines this change touched (one for an item bump, all for a ticket bump). */
    lineIds: z.array(ZUuid),
    /** Who rang the order up: their till shows the "ready" toast. */
    orderCreatedById: ZUuid,
  }),
  'menu.updated': z.object({ entityType: z.string(), entityId: z.string(), action: z.string() }),
  /** An area or table was added, changed or removed: tills redraw their Tables view. */
  'floor.updated': z.object({ entityType: z.enum(['Area', 'Table']), entityId: ZUuid, action: z.string() }),
  'device.paired': ZDevice,
  /** A device was renamed in the office: every open devices list shows the new name. */
  'device.updated': ZDevice,
  'device.revoked': z.object({ id: ZUuid }),
  /** A session was signed out: it, and the sockets opened under it, are refused. */
  'user.signed_out': z.object({ userId: ZUuid, sessionId: ZUuid }),
  /** The person was deactivated: all their sessions and sockets end; reactivating does not revive them. */
  'user.deactivated': z.object({ userId: ZUuid, sessionVersion: z.number().int() }),
  /**
   * The person's sessions opened before `sessionVersion` ended (a new role, PIN or password); they
   * stay active and sign in again.
   */
  'user.sessions_ended': z.object({ userId: ZUuid, sessionVersion: z.number().int() }),
  'checkout.updated': z.object({
    checkoutId: ZUuid,
    orderId: ZUuid,
    /** The sidecar also tells the customer's phone, in the room `checkout:{token}`. */
    token: z.string(),
    status: z.enum(['CREATED', 'OPENED', 'AT_BANK', 'PAID', 'FAILED', 'EXPIRED', 'CANCELED']),
  }),
} as const;

export type TRealtimeEventType = keyof typeof REALTIME_EVENT_PAYLOADS;
export const REALTIME_EVENT_TYPES = Object.keys(REALTIME_EVENT_PAYLOADS) as TRealtimeEventType[];

const envelope = <T extends TRealtimeEventType>(type: T) =>
  z.object({
    seq: z.number().int().positive(),
    type: z.literal(type),
    payload: REALTIME_EVENT_PAYLOADS[type],
    createdAt: z.iso.datetime(),
  });

export const ZRealtimeEvent = z
  .discriminatedUnion('type', [
    envelope('order.created'),
    envelope('order.updated'),
    envelope('ticket.created'),
    envelope('ticket.updated'),
    envelope('menu.updated'),
    envelope('floor.updated'),
    envelope('device.paired'),
    envelope('device.updated'),
    envelope('device.revoked'),
    envelope('user.signed_out'),
    envelope('user.deactivated'),
    envelope('user.sessions_ended'),
    envelope('checkout.updated'),
  ])
  .meta({ id: 'RealtimeEvent' });
export type TRealtimeEvent = z.infer<typeof ZRealtimeEvent>;
export type TRealtimeEventOf<T extends TRealtimeEventType> = Extract<TRealtimeEvent, { type: T }>;

/** What a writer passes to `recordChange` for one event. */
export type TOutboxEventInput = {
  [T in TRealtimeEventType]: { locationId: string; type: T; payload: z.input<(typeof REALTIME_EVENT_PAYLOADS)[T]> };
}[TRealtimeEventType];

// ── the socket.io contract ──────────────────────────────────────────────────────────────────────

/** Sent by the client in `handshake.auth`. */
export const ZRealtimeHandshake = z.object({
  token: ZText.min(1).max(4096),
  /** The last seq this screen applied; the sidecar replays what came after it. */
  lastSeq: z
    .union([z.number(), ZText.regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().nonnegative())
    .nullish(),
});
export type TRealtimeHandshake = z.infer<typeof ZRealtimeHandshake>;

/** A customer's phone joins its checkout's room with the checkout token alone (no staff token). */
export const ZCheckoutHandshake = z.object({ checkoutToken: ZText.regex(/^[\w-]{16,64}$/) });

/** What the customer's phone hears: the new status, and nothing about staff or other orders. */
export const ZCheckoutStatusUpdate = z.object({ status: REALTIME_EVENT_PAYLOADS['checkout.updated'].shape.status });
export type TCheckoutStatusUpdate = z.infer<typeof ZCheckoutStatusUpdate>;

export const ZRealtimeReady = z.object({
  /** Everything up to here has been delivered (replayed or live). */
  lastSeq: z.number().int().nonnegative(),
  replayed: z.number().int().nonnegative(),
  /** True when the gap was too long to replay: refetch everything, then carry on from lastSeq. */
  resync: z.boolean(),
});
export type TRealtimeReady = z.infer<typeof ZRealtimeReady>;

export type ServerToClientEvents = {
  /** One committed outbox event, in seq order. */
  event: (event: TRealtimeEvent) => void;
  /** Sent once per connection, after the replay. */
  ready: (ready: TRealtimeReady) => void;
  /** To a customer's phone in `checkout:{token}`: its checkout moved on. */
  checkout: (update: TCheckoutStatusUpdate) => void;
};
export type ClientToServerEvents = Record<string, never>;

/** Claims of the short-lived token `GET /api/v1/realtime/token` hands out for the handshake. */
export const ZRealtimeTokenClaims = z.object({
  /** user id */
  sub: ZUuid,
  /** location id */
  lid: ZUuid,
  role: z.enum(['OWNER', 'MANAGER', 'SUPERVISOR', 'CASHIER', 'KITCHEN']),
  /** the session version it was issued under: a deactivation after it ends the socket */
  sv: z.number().int(),
  /** the session it was issued to: signing that session out ends the socket */
  sid: ZUuid,
  /** the paired device of a PIN session: revoking the device ends the socket */
  did: ZUuid.nullable(),
  /** expiry, seconds since the epoch */
  exp: z.number().int(),
});
export type TRealtimeTokenClaims = z.infer<typeof ZRealtimeTokenClaims>;

// ── HTTP ────────────────────────────────────────────────────────────────────────────────────────

export const ZRealtimeTokenResponse = z.object({
  token: z.string(),
  /** Where the socket.io client connects. */
  url: z.string(),
  expiresAt: z.iso.datetime(),
});

export const ZEventsQuery = z
  .object({
    after: z.coerce.number().int().nonnegative().default(0),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();

export const ZEventsResponse = z.object({
  events: z.array(ZRealtimeEvent),
  /** The seq to pass as `after` next time (the last event's, or `after` when there were none). */
  lastSeq: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
