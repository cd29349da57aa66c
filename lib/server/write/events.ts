import 'server-only';
import type { CheckoutStatus } from '@/lib/domain/checkout';
import type { TOrder } from '@/lib/schemas/orders';
import type { OutboxEventInput } from './record-change';

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

/** The `order.updated` event that tells every screen an order moved on (and why). */
export function orderUpdatedEvent(locationId: string, order: TOrder, action: string): OutboxEventInput {
  return {
    locationId,
    type: 'order.updated',
    payload: { orderId: order.id, number: order.number, version: order.version, status: order.status, action },
  };
}

/** The `menu.updated` event: every till and kitchen screen refetches the menu. */
export function menuUpdatedEvent(
  locationId: string,
  entity: { type: 'Category' | 'Item' | 'ModifierGroup' | 'Station' | 'Location'; id: string },
  action: string,
): OutboxEventInput {
  return { locationId, type: 'menu.updated', payload: { entityType: entity.type, entityId: entity.id, action } };
}

/** The `floor.updated` event: every till redraws its Tables view, the office its floor plan. */
export function floorUpdatedEvent(
  locationId: string,
  entity: { type: 'Area' | 'Table'; id: string },
  action: string,
): OutboxEventInput {
  return { locationId, type: 'floor.updated', payload: { entityType: entity.type, entityId: entity.id, action } };
}
