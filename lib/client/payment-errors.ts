import { formatPence } from '@/lib/domain/money';
import { ApiError } from './api-error';

/** What went wrong with a payment tap, and what the cashier does next. */
export type PaymentProblem = {
  message: string;
  /** 'retry': the same tap again (same Idempotency-Key, never charged twice); 'choose': tap an amount again. */
  next: 'retry' | 'choose' | 'leave';
};

function detail(error: ApiError, key: string): unknown {
  const details = error.details;
  return typeof details === 'object' && details !== null && key in details
    ? (details as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Turns a refused or failed payment into words for the till. The order itself is refreshed by
 * the mutation (a 409 carries it), so "choose" means the amounts on screen are already current.
 */
export function paymentProblem(error: Error): PaymentProblem {
  if (!(error instanceof ApiError)) return { message: `Not taken: ${error.message}`, next: 'retry' };
  if (error.code === 'NETWORK') {
    return {
      message:
        'No answer from the server, so the payment may not have gone through. Try again: it will not be taken twice.',
      next: 'retry',
    };
  }
  if (error.status === 409) {
    const reason = detail(error, 'reason');
    const due = detail(error, 'duePence');
    if (reason === 'OVERPAYMENT' && typeof due === 'number') {
      return due === 0
        ? { message: 'Nothing is left to pay: this order was paid on another till. Tap Done.', next: 'leave' }
        : {
            message: `Not taken: only ${formatPence(due)} is left to pay now (another payment came in). The amounts are updated, so tap one again.`,
            next: 'choose',
          };
    }
    if (reason === 'NOT_PAYABLE') return { message: `${error.message}. Go back to the order.`, next: 'leave' };
    return { message: `${error.message} The amounts are updated, so tap one again.`, next: 'choose' };
  }
  if (error.status === 422)
    return { message: `Not taken: ${error.message}. Enter the cash handed over again.`, next: 'choose' };
  if (error.status >= 500) return { message: `Not taken: ${error.message}. Try again.`, next: 'retry' };
  return { message: `Not taken: ${error.message}`, next: 'choose' };
}
