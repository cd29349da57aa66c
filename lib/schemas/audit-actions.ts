// Every audited action, the entity it is about, and what its audit row records before and after.
// `recordChange` accepts only these, with these payloads, so the audit log reads the same whoever
// wrote the change; the office's audit page and an auditor can rely on the shapes below.
import type { TDevice } from './devices';
import type { TFloorTable } from './floor';
import type { TAdminItem } from './menu-admin';
import type { TLocationSettings } from './settings';
import type { TStaffAudit } from './staff';

type OrderStatus = 'OPEN' | 'SENT' | 'PARTIALLY_PAID' | 'PAID' | 'CLOSED' | 'VOIDED';
type PaymentStatus = 'PENDING' | 'AUTHORIZED' | 'SUCCEEDED' | 'FAILED' | 'CANCELED' | 'EXPIRED';
type TicketStatus = 'NEW' | 'IN_PROGRESS' | 'READY' | 'BUMPED' | 'VOIDED';
type LineFields = { quantity?: number; note?: string; seat?: number | null; course?: number };
type JsonObject = { [key: string]: unknown };

/** A provider's (or our own) word that moved a payment. */
type PaymentMove = {
  status: PaymentStatus;
  provider?: string;
  eventId?: string;
  needsRefundReview?: boolean;
  /** Why an attempt failed on our side: `provider_unavailable`, `never_started`. */
  reason?: string;
};
type PaymentMoved = { entity: 'Payment'; before: { status: PaymentStatus }; after: PaymentMove };
type RefundMoved = {
  entity: 'Refund';
  before: { status: 'PENDING' };
  after: { status: 'SUCCEEDED' | 'FAILED'; source: string };
};
type TicketMoved = {
  entity: 'Ticket';
  before: { status: TicketStatus };
  after: { status: TicketStatus; lineIds: string[] };
};
type CashMovement = {
  entity: 'CashSession';
  after: {
    movementId: string;
    kind: 'PAY_IN' | 'PAY_OUT' | 'SAFE_DROP' | 'NO_SALE';
    amountPence: number;
    reason: string;
  };
};
type MenuSaved<E extends string, T> = { entity: E; before?: T; after: T };
type MenuCategory = { id: string; name: string; colour: string; sortOrder: number; isArchived: boolean };
type MenuGroup = { id: string; name: string; min: number; max: number } & JsonObject;
type MenuStation = { id: string; name: string } & JsonObject;
type PinCheck = { entity: 'Device' };
type FloorArea = { id: string; name: string; sortOrder: number };

export type AuditCatalogue = {
  // Orders
  'order.created': {
    entity: 'Order';
    after: { number: number; type: 'DINE_IN' | 'TAKEAWAY'; tableId: string | null; lines: number; totalPence: number };
  };
  'order.lines_added': {
    entity: 'Order';
    after: { lines: { id: string; name: string; quantity: number }[]; totalPence: number };
  };
  /** Lines a till sold offline of items (or options) 86'd before it synced: accepted, and flagged here. */
  'order.sold_while_86d': {
    entity: 'Order';
    after: { offlineAt: string; lines: { id: string; name: string; quantity: number; soldOut: string[] }[] };
  };
  'order.line_changed': {
    entity: 'Order';
    before: { id: string; name: string } & LineFields;
    after: { id: string } & LineFields;
  };
  'order.line_voided': {
    entity: 'Order';
    before: { lineId: string; name: string; quantity: number; kitchenStatus: string };
    after: { lineId: string; reason: string; totalPence: number };
  };
  'order.voided': { entity: 'Order'; before: { status: OrderStatus }; after: { status: 'VOIDED'; reason: string } };
  'order.details_changed': {
    entity: 'Order';
    before: { covers: number; customerName: string | null };
    after: { covers?: number; customerName?: string };
  };
  'order.moved': { entity: 'Order'; before: { tableId: string | null }; after: { tableId: string } };
  'order.merged': { entity: 'Order'; after: { fromOrderId: string; fromNumber: number } };
  'order.merged_away': { entity: 'Order'; after: { intoOrderId: string; intoNumber: number } };
  'order.sent': { entity: 'Order'; after: { lineIds: string[]; tickets: string[] } };
  'order.course_fired': { entity: 'Order'; after: { course: number; lineIds: string[] } };
  'order.discounted': {
    entity: 'Order';
    before: { totalPence: number };
    after: {
      discountId: string;
      kind: 'PERCENT' | 'AMOUNT';
      percentBps: number | null;
      amountPence: number | null;
      lineId: string | null;
      reason: string;
      totalPence: number;
    };
  };
  'order.payment_taken': {
    entity: 'Order';
    before: { status: OrderStatus; duePence: number };
    after: {
      paymentId: string;
      method: 'CASH';
      amountPence: number;
      tipPence: number;
      tenderedPence: number;
      changePence: number;
      duePence: number;
      status: OrderStatus;
    };
  };
  'order.refunded': {
    entity: 'Order';
    after: {
      refundId: string;
      paymentId: string;
      amountPence: number;
      reason: string;
      lineIds: string[];
      refundedPence: number;
    };
  };
  // Payments and refunds
  'payment.started': {
    entity: 'Payment';
    after: { method: 'OPEN_BANKING' | 'CARD'; provider: string; amountPence: number; tipPence: number };
  };
  'payment.sent_to_provider': { entity: 'Payment'; after: { providerPaymentId: string; platformFeePence: number } };
  'payment.authorized': PaymentMoved;
  'payment.succeeded': PaymentMoved;
  'payment.failed': PaymentMoved;
  'payment.canceled': PaymentMoved;
  'payment.expired': PaymentMoved;
  /** Money arrived for a bill that no longer needed it: kept, and listed for a refund. */
  'payment.needs_refund_review': PaymentMoved;
  'refund.sent': { entity: 'Refund'; after: { providerRefundId: string } };
  'refund.succeeded': RefundMoved;
  'refund.failed': RefundMoved;
  /** Money refunded outside the till (in the provider's dashboard), recorded so the books match. */
  'refund.recorded_from_provider': {
    entity: 'Refund';
    after: { paymentId: string; amountPence: number; eventId: string };
  };
  // QR checkouts
  'checkout.created': { entity: 'CheckoutSession'; after: { orderId: string; amountPence: number; expiresAt: string } };
  'checkout.opened': { entity: 'CheckoutSession' };
  'checkout.canceled': { entity: 'CheckoutSession' };
  'checkout.expired': { entity: 'CheckoutSession' };
  // Cash drawers
  'cash.opened': {
    entity: 'CashSession';
    /** With the cash this till took (and gave back) while no drawer was open, now this drawer's. */
    after: { floatPence: number; attachedPayments: number; attachedRefunds: number };
  };
  'cash.pay_in': CashMovement;
  'cash.pay_out': CashMovement;
  'cash.safe_drop': CashMovement;
  'cash.no_sale': CashMovement;
  'cash.closed': {
    entity: 'CashSession';
    after: { expectedPence: number; countedPence: number; variancePence: number };
  };
  // Kitchen
  'ticket.started': TicketMoved;
  'ticket.line_ready': TicketMoved;
  'ticket.bumped': TicketMoved;
  'ticket.recalled': TicketMoved;
  // Menu and settings
  'menu.category_created': MenuSaved<'Category', MenuCategory>;
  'menu.category_changed': MenuSaved<'Category', MenuCategory>;
  'menu.item_created': MenuSaved<'Item', TAdminItem>;
  'menu.item_changed': MenuSaved<'Item', TAdminItem>;
  'menu.item_86d': MenuSaved<'Item', TAdminItem>;
  'menu.item_back_on': MenuSaved<'Item', TAdminItem>;
  'menu.modifier_group_created': MenuSaved<'ModifierGroup', MenuGroup>;
  'menu.modifier_group_changed': MenuSaved<'ModifierGroup', MenuGroup>;
  'menu.station_created': MenuSaved<'Station', MenuStation>;
  'menu.station_renamed': MenuSaved<'Station', MenuStation>;
  // Floor plan
  'floor.area_created': { entity: 'Area'; after: FloorArea };
  'floor.area_changed': { entity: 'Area'; before: FloorArea; after: FloorArea };
  'floor.area_removed': { entity: 'Area'; before: FloorArea };
  /** `restored`: the name was a removed table's, which came back with its history. */
  'floor.table_created': { entity: 'Table'; after: TFloorTable & { restored: boolean } };
  'floor.table_changed': { entity: 'Table'; before: TFloorTable; after: TFloorTable };
  'floor.table_removed': { entity: 'Table'; before: TFloorTable };
  /** A CSV import applied: counts only (the rows themselves are the file the person kept). */
  'menu.imported': {
    entity: 'Location';
    after: { rows: number; created: number; updated: number; unchanged: number; categoriesCreated: number };
  };
  'settings.updated': {
    entity: 'Location';
    before: Partial<Record<keyof TLocationSettings, unknown>>;
    after: Partial<Record<keyof TLocationSettings, unknown>>;
  };
  // First-run setup (by the new owner: the organisation, its first location and the owner at once)
  'setup.completed': {
    entity: 'Organisation';
    after: {
      organisation: { id: string; name: string };
      location: { id: string; name: string; slug: string };
      owner: { id: string; name: string; email: string };
      sampleMenu: boolean;
    };
  };
  // Devices, staff and sign-in
  'device.paired': { entity: 'Device'; after: TDevice };
  'device.revoked': { entity: 'Device'; before: TDevice; after: TDevice };
  /** A one-time pairing code made in the office (never the code itself). */
  'device.pairing_code_created': {
    entity: 'DevicePairingCode';
    after: { name: string; kind: TDevice['kind']; stationId: string | null; expiresAt: string };
  };
  /** A device paired with a one-time code: by the manager who made the code, on the new device. */
  'device.paired_with_code': { entity: 'Device'; after: TDevice & { pairingCodeId: string } };
  'device.renamed': { entity: 'Device'; before: { name: string }; after: { name: string } };
  'user.deactivated': { entity: 'User'; before: TStaffAudit; after: TStaffAudit };
  'user.reactivated': { entity: 'User'; before: TStaffAudit; after: TStaffAudit };
  'staff.created': { entity: 'User'; after: TStaffAudit };
  'staff.updated': { entity: 'User'; before: TStaffAudit; after: TStaffAudit };
  /** An invite link made (emailed, or shown to the manager to hand over); earlier ones stop working. */
  'staff.invited': { entity: 'User'; after: { emailed: boolean; expiresAt: string } };
  'auth.invite_accepted': { entity: 'User' };
  /** A code made for someone to choose their own PIN on a till; earlier codes stop working. */
  'staff.till_pin_code_issued': { entity: 'User'; after: { expiresAt: string } };
  /** Someone chose their own PIN on a paired till with a code from the office. */
  'auth.pin_chosen': { entity: 'User'; after: { deviceId: string; replacedPin: boolean } };
  /** Someone asked for a reset link for this person's email (who asked is not known). */
  'auth.password_reset_requested': { entity: 'User'; after: { expiresAt: string } };
  /** A new password set through a reset link: every other session of theirs ends. */
  'auth.password_reset': { entity: 'User'; after: { sessionVersion: number } };
  'auth.password_sign_in': { entity: 'User' };
  'auth.signed_out': { entity: 'User'; after: { sessionId: string } };
  'auth.pin_sign_in': PinCheck;
  'auth.pin_failed': PinCheck;
  'auth.pin_locked': PinCheck;
};

export type TAuditAction = keyof AuditCatalogue;
export type TAuditEntity<A extends TAuditAction> = AuditCatalogue[A]['entity'];
export type TAuditBefore<A extends TAuditAction> = 'before' extends keyof AuditCatalogue[A]
  ? AuditCatalogue[A]['before' & keyof AuditCatalogue[A]]
  : never;
export type TAuditAfter<A extends TAuditAction> = 'after' extends keyof AuditCatalogue[A]
  ? AuditCatalogue[A]['after' & keyof AuditCatalogue[A]]
  : never;
