import 'server-only';
import type { CheckoutStatus } from '@/lib/domain/checkout';
import type { OutboxEventInput } from '../outbox/record-change';

/**
 * The `checkout.updated` event: staff screens hear it in their location's room, and the sidecar
 * passes its status on to the customer's phone in `checkout:{token}`.
 */
export function checkoutUpdatedEvent(
  locationId: string,
  checkout: { id: string; orderId: string; token: string },
  status: CheckoutStatus,
): OutboxEventInput {
  return {
    locationId,
    type: 'checkout.updated',
    payload: { checkoutId: checkout.id, orderId: checkout.orderId, token: checkout.token, status },
  };
}
