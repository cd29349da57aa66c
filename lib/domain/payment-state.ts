// The one payment state machine (design.md §5–6), and the questions every payment path asks of an
// order and of a QR checkout. Cash, the test bank, TrueLayer and Stripe all move payments through
// it; webhooks and status reads may arrive late, twice or out of order, so the table says what a
// report may still change.
import { type CheckoutStatus } from './checkout';
import { InvalidTransitionError, type OrderStatus } from './order-state';

export const PAYMENT_STATUSES = ['PENDING', 'AUTHORIZED', 'SUCCEEDED', 'FAILED', 'CANCELED', 'EXPIRED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * Allowed moves.
 * - PENDING: recorded before any provider is asked; cash skips it and is SUCCEEDED at once.
 * - AUTHORIZED: the money is held (a card authorisation), not yet taken.
 * - SUCCEEDED: the money arrived. Final: nothing moves a payment once it has succeeded.
 * - FAILED, CANCELED, EXPIRED end an attempt, but **a late success still counts**: Stripe lets a
 *   customer retry a failed PaymentIntent, and a bank may settle a payment we had given up on.
 *   Money that arrived is always recorded (flagged for a refund when the bill no longer needs it).
 */
export const PAYMENT_TRANSITIONS = {
  PENDING: ['AUTHORIZED', 'SUCCEEDED', 'FAILED', 'CANCELED', 'EXPIRED'],
  AUTHORIZED: ['SUCCEEDED', 'FAILED', 'CANCELED', 'EXPIRED'],
  SUCCEEDED: [],
  FAILED: ['SUCCEEDED'],
  CANCELED: ['SUCCEEDED'],
  EXPIRED: ['SUCCEEDED'],
} as const satisfies Record<PaymentStatus, readonly PaymentStatus[]>;

export function canPaymentMove(from: PaymentStatus, to: PaymentStatus): boolean {
  return (PAYMENT_TRANSITIONS[from] as readonly PaymentStatus[]).includes(to);
}

export function assertPaymentTransition(from: PaymentStatus, to: PaymentStatus): void {
  if (!canPaymentMove(from, to)) throw new InvalidTransitionError('Payment', from, to);
}

/**
 * What a provider's report (possibly late, repeated or out of order) does to our payment: the new
 * status when the table allows the move, or null when it changes nothing — a late `processing`
 * never overwrites a success, and a repeat is not a move.
 */
export function nextPaymentStatus(current: PaymentStatus, reported: PaymentStatus): PaymentStatus | null {
  return canPaymentMove(current, reported) ? reported : null;
}

/** Whether a payment's status ends its attempt (nothing more is expected from the provider). */
export function isPaymentFinal(status: PaymentStatus): boolean {
  return status !== 'PENDING' && status !== 'AUTHORIZED';
}

/** Order statuses that can still take money: rung up or sent, and not yet fully paid. */
export const PAYABLE_ORDER_STATUSES = ['OPEN', 'SENT', 'PARTIALLY_PAID'] as const satisfies readonly OrderStatus[];

/** Whether an order can take money (it is neither paid, closed nor voided). */
export function canOrderTakePayment(status: OrderStatus): boolean {
  return (PAYABLE_ORDER_STATUSES as readonly OrderStatus[]).includes(status);
}

/** Checkout statuses still waiting for the customer: the QR may yet be paid. */
export const UNFINISHED_CHECKOUT_STATUSES = [
  'CREATED',
  'OPENED',
  'AT_BANK',
  'FAILED',
] as const satisfies readonly CheckoutStatus[];

/** Whether a checkout is unfinished: created, opened, at the bank, or failed with another try open. */
export function isCheckoutUnfinished(status: CheckoutStatus): boolean {
  return (UNFINISHED_CHECKOUT_STATUSES as readonly CheckoutStatus[]).includes(status);
}

/**
 * Whether money reported for a QR payment still goes to its bill: the checkout is unfinished, the
 * order can take money, and no more than is due. Otherwise it is kept and flagged for a refund.
 */
export function isPaymentStillWanted(options: {
  checkoutStatus: CheckoutStatus | null;
  orderStatus: OrderStatus;
  amountPence: number;
  duePence: number;
}): boolean {
  const { checkoutStatus, orderStatus, amountPence, duePence } = options;
  return (
    (checkoutStatus === null || isCheckoutUnfinished(checkoutStatus)) &&
    canOrderTakePayment(orderStatus) &&
    amountPence <= duePence
  );
}

/**
 * Where a provider's report leaves the checkout it came through: PAID when the money went to the
 * bill; FAILED when an attempt of an unfinished checkout failed (the customer may try another way);
 * otherwise as it was (an expired or cancelled checkout stays so, even when late money arrives).
 */
export function checkoutStatusAfterReport(options: {
  checkoutStatus: CheckoutStatus;
  paymentStatus: PaymentStatus;
  appliedToBill: boolean;
}): CheckoutStatus {
  const { checkoutStatus, paymentStatus, appliedToBill } = options;
  if (paymentStatus === 'SUCCEEDED') return appliedToBill ? 'PAID' : checkoutStatus;
  if (isPaymentFinal(paymentStatus) && isCheckoutUnfinished(checkoutStatus) && checkoutStatus !== 'FAILED')
    return 'FAILED';
  return checkoutStatus;
}

export const REFUND_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

/**
 * A refund's amount never changes; its status does, once. Cash is SUCCEEDED when it leaves the
 * drawer. A card or bank refund is PENDING until its provider says it was paid out (SUCCEEDED) or
 * refused (FAILED); a FAILED refund no longer counts against what may be refunded.
 */
export const REFUND_TRANSITIONS = {
  PENDING: ['SUCCEEDED', 'FAILED'],
  SUCCEEDED: [],
  FAILED: [],
} as const satisfies Record<RefundStatus, readonly RefundStatus[]>;

/** What a provider's report does to a refund: its new status, or null when it changes nothing. */
export function nextRefundStatus(current: RefundStatus, reported: RefundStatus): RefundStatus | null {
  return (REFUND_TRANSITIONS[current] as readonly RefundStatus[]).includes(reported) ? reported : null;
}
