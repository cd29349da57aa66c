// Customer QR checkout (design.md §6): the session's life, and how each provider's payment states
// map onto ours. Pure; the provider adapters and webhooks use these so a late or repeated
// notification can never move a payment backwards (payment-state.ts).
import { InvalidTransitionError } from './order-state';
import { percentOf } from './pricing';
import { isCheckoutUnfinished, type PaymentStatus } from './payment-state';

export const CHECKOUT_STATUSES = ['CREATED', 'OPENED', 'AT_BANK', 'PAID', 'FAILED', 'EXPIRED', 'CANCELED'] as const;
export type CheckoutStatus = (typeof CHECKOUT_STATUSES)[number];

/** A checkout lives 15 minutes from when the till makes it. */
export const CHECKOUT_TTL_MS = 15 * 60 * 1000;

/**
 * CREATED: the QR is on the till. OPENED: the customer has the page. AT_BANK: they went to pay.
 * FAILED: that attempt failed or was declined; they may try another way (back to AT_BANK).
 * PAID, EXPIRED, CANCELED are final.
 */
export const CHECKOUT_TRANSITIONS = {
  CREATED: ['OPENED', 'AT_BANK', 'PAID', 'FAILED', 'EXPIRED', 'CANCELED'],
  OPENED: ['AT_BANK', 'PAID', 'FAILED', 'EXPIRED', 'CANCELED'],
  AT_BANK: ['PAID', 'FAILED', 'EXPIRED', 'CANCELED'],
  FAILED: ['AT_BANK', 'PAID', 'EXPIRED', 'CANCELED'],
  PAID: [],
  EXPIRED: [],
  CANCELED: [],
} as const satisfies Record<CheckoutStatus, readonly CheckoutStatus[]>;

export function canCheckoutMove(from: CheckoutStatus, to: CheckoutStatus): boolean {
  return (CHECKOUT_TRANSITIONS[from] as readonly CheckoutStatus[]).includes(to);
}

export function assertCheckoutTransition(from: CheckoutStatus, to: CheckoutStatus): void {
  if (!canCheckoutMove(from, to)) throw new InvalidTransitionError('Checkout', from, to);
}

/** The status a reader should see: an unfinished session past its expiry is expired. */
export function effectiveCheckoutStatus(status: CheckoutStatus, expiresAt: Date, now: Date): CheckoutStatus {
  return isCheckoutUnfinished(status) && now.getTime() >= expiresAt.getTime() ? 'EXPIRED' : status;
}

/**
 * What taking the same amount by card would typically cost the venue (1.5 % + 20p, the standard
 * UK card rate): the saving the pay page shows for pay by bank, which has no card fees.
 */
export const TYPICAL_CARD_FEE = { bps: 150, fixedPence: 20 } as const;

export function cardFeeSavedPence(amountPence: number): number {
  return amountPence > 0 ? percentOf(amountPence, TYPICAL_CARD_FEE.bps) + TYPICAL_CARD_FEE.fixedPence : 0;
}

/** The platform's fee on a QR payment (PLATFORM_FEE_BPS, default 1 %), half up to the penny. */
export function platformFeePence(amountPence: number, feeBps: number): number {
  return percentOf(amountPence, feeBps);
}

// ── provider states ─────────────────────────────────────────────────────────────────────────────

/** TrueLayer Payments API v3 payment statuses. */
export type TrueLayerStatus =
  'authorization_required' | 'authorizing' | 'authorized' | 'executed' | 'settled' | 'failed';

/** Stripe PaymentIntent statuses. */
export type StripeStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'succeeded'
  | 'canceled';

/** The built-in test bank. */
export type SandboxStatus = 'pending' | 'approved' | 'declined' | 'canceled';

export function fromTrueLayer(status: TrueLayerStatus): PaymentStatus {
  switch (status) {
    case 'authorization_required':
    case 'authorizing':
      return 'PENDING';
    case 'authorized':
      return 'AUTHORIZED';
    case 'executed':
    case 'settled':
      return 'SUCCEEDED';
    case 'failed':
      return 'FAILED';
  }
}

/** Stripe may add statuses: one we do not know moves nothing (PENDING), it never pays a bill. */
export function fromStripe(status: StripeStatus | (string & {})): PaymentStatus {
  switch (status) {
    case 'requires_capture':
      return 'AUTHORIZED';
    case 'succeeded':
      return 'SUCCEEDED';
    case 'canceled':
      return 'CANCELED';
    default:
      return 'PENDING';
  }
}

export function fromSandbox(status: SandboxStatus): PaymentStatus {
  switch (status) {
    case 'pending':
      return 'PENDING';
    case 'approved':
      return 'SUCCEEDED';
    case 'declined':
      return 'FAILED';
    case 'canceled':
      return 'CANCELED';
  }
}
