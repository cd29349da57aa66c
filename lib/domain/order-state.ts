// Order lifecycle (design.md §5). Kitchen progress and payment are separate axes.

export const ORDER_STATUSES = ['OPEN', 'SENT', 'PARTIALLY_PAID', 'PAID', 'CLOSED', 'VOIDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * Allowed moves. OPEN: being rung up. SENT: something went to the kitchen. PARTIALLY_PAID and
 * PAID follow the payment ledger. CLOSED and VOIDED are final. An order with money taken cannot be
 * voided (refund first), and a paid order cannot go back to being edited.
 */
export const ORDER_TRANSITIONS = {
  OPEN: ['SENT', 'PARTIALLY_PAID', 'PAID', 'VOIDED'],
  SENT: ['PARTIALLY_PAID', 'PAID', 'VOIDED'],
  PARTIALLY_PAID: ['PAID'],
  PAID: ['CLOSED'],
  CLOSED: [],
  VOIDED: [],
} as const satisfies Record<OrderStatus, readonly OrderStatus[]>;

/** Thrown for a move the transition table does not allow (the API answers 409). */
export class InvalidTransitionError extends Error {
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`${entity} cannot go from ${from} to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return (ORDER_TRANSITIONS[from] as readonly OrderStatus[]).includes(to);
}

export function assertOrderTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError('Order', from, to);
}

/** Whether items may still be added or changed: before any payment and while not final. */
export function canEditLines(status: OrderStatus): boolean {
  return status === 'OPEN' || status === 'SENT';
}

/** Thrown when an order is in a state where lines cannot change (the API answers 409). */
export class OrderNotEditableError extends Error {
  constructor(readonly status: OrderStatus) {
    super(`An order that is ${status.toLowerCase().replace('_', ' ')} cannot be changed`);
    this.name = 'OrderNotEditableError';
  }
}

export function assertCanEditLines(status: OrderStatus): void {
  if (!canEditLines(status)) throw new OrderNotEditableError(status);
}

/**
 * Whether what is already on an order may still go to the kitchen: at any time until it is
 * voided. A bill paid up front (counter service) or before a held course is fired still cooks.
 */
export function canSendToKitchen(status: OrderStatus): boolean {
  return status !== 'VOIDED';
}

export function assertCanSendToKitchen(status: OrderStatus): void {
  if (!canSendToKitchen(status)) throw new OrderNotEditableError(status);
}
