import { type CheckoutStatus, effectiveCheckoutStatus } from '@/lib/domain/checkout';

/**
 * How the till shows a QR checkout's status: the words (never colour alone), a tone for the
 * colour, and whether anything can still happen to it.
 */
export type CheckoutLook = {
  words: string;
  /** What the cashier does or says now. */
  hint: string;
  tone: 'waiting' | 'progress' | 'success' | 'problem' | 'ended';
  /** PAID, EXPIRED and CANCELED never change again: stop polling, no cancel. */
  isFinal: boolean;
};

const LOOKS: Record<CheckoutStatus, CheckoutLook> = {
  CREATED: {
    words: 'Waiting for customer',
    hint: 'Turn the screen to the customer: they scan the code with their phone camera.',
    tone: 'waiting',
    isFinal: false,
  },
  OPENED: {
    words: 'Customer has the bill',
    hint: 'They are checking the bill on their phone.',
    tone: 'progress',
    isFinal: false,
  },
  AT_BANK: {
    words: 'At their bank',
    hint: 'They are approving the payment in their banking app. This screen changes when it lands.',
    tone: 'progress',
    isFinal: false,
  },
  PAID: { words: 'Paid ✓', hint: 'The money is in. Offer the receipt.', tone: 'success', isFinal: true },
  // Not final: the customer may try again on their phone (FAILED → AT_BANK).
  FAILED: {
    words: 'Declined — offer another way',
    hint: 'Their bank did not pay. They can try again on their phone, or pay with cash.',
    tone: 'problem',
    isFinal: false,
  },
  EXPIRED: {
    words: 'Expired — make a new QR',
    hint: 'The code no longer takes payments.',
    tone: 'ended',
    isFinal: true,
  },
  CANCELED: { words: 'Cancelled', hint: 'The code no longer takes payments.', tone: 'ended', isFinal: true },
};

export function checkoutLook(status: CheckoutStatus): CheckoutLook {
  return LOOKS[status];
}

export function isCheckoutFinal(status: CheckoutStatus): boolean {
  return LOOKS[status].isFinal;
}

/**
 * The status to show at `nowMs`: the server's, except that an unfinished checkout turns EXPIRED
 * the moment the countdown reaches 0, before the next fetch says so.
 */
export function shownCheckoutStatus(status: CheckoutStatus, expiresAt: string, nowMs: number): CheckoutStatus {
  return effectiveCheckoutStatus(status, new Date(expiresAt), new Date(nowMs));
}

/** Under two minutes left the countdown turns amber: time to say "scan it now" or make a new one. */
export const COUNTDOWN_WARN_MS = 2 * 60_000;

/**
 * Milliseconds left as "mm:ss", rounded up so it shows 15:00 when made and 00:00 only once
 * expired; never negative.
 */
export function formatCountdown(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export function countdownTone(remainingMs: number): 'ok' | 'warn' | 'over' {
  if (remainingMs <= 0) return 'over';
  return remainingMs < COUNTDOWN_WARN_MS ? 'warn' : 'ok';
}

/** The countdown read out in words ("14 minutes 32 seconds left"), for its accessible name. */
export function countdownWords(remainingMs: number): string {
  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  if (seconds === 0) return 'Expired';
  const minutes = Math.floor(seconds / 60);
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : null,
    seconds % 60 > 0 ? `${seconds % 60} second${seconds % 60 === 1 ? '' : 's'}` : null,
  ];
  return `${parts.filter(Boolean).join(' ')} left`;
}
