import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { paymentProblem } from './payment-errors';

describe('paymentProblem', () => {
  it('no answer: try the same tap again (it cannot be taken twice)', () => {
    const problem = paymentProblem(new ApiError(0, 'NETWORK', 'Cannot reach the server.'));
    expect(problem.next).toBe('retry');
    expect(problem.message).toMatch(/will not be taken twice/);
  });

  it('409 overpayment: says what is due now (£4.92) and to choose again', () => {
    const problem = paymentProblem(
      new ApiError(409, 'CONFLICT', 'Only £4.92 is due on order #7', { reason: 'OVERPAYMENT', duePence: 492 }),
    );
    expect(problem).toEqual({
      message:
        'Not taken: only £4.92 is left to pay now (another payment came in). The amounts are updated, so tap one again.',
      next: 'choose',
    });
  });

  it('409 overpayment with nothing due: the order was paid elsewhere, leave it', () => {
    const problem = paymentProblem(
      new ApiError(409, 'CONFLICT', 'Order #7 is already paid', { reason: 'OVERPAYMENT', duePence: 0 }),
    );
    expect(problem.next).toBe('leave');
  });

  it('422 short tender: enter the cash again', () => {
    const problem = paymentProblem(new ApiError(422, 'VALIDATION_FAILED', '£5.00 does not cover £9.85'));
    expect(problem).toEqual({
      message: 'Not taken: £5.00 does not cover £9.85. Enter the cash handed over again.',
      next: 'choose',
    });
  });
});
