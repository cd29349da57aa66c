// A queued change in a cashier's words, and what to do when the server refused it: for the till's
// sync sheet and for the office, which hears of refused changes in the till's sync report.
import { formatPence } from '@/lib/domain/money';
import { formatBps } from '@/lib/domain/percent';
import type { OutboxEntry } from './local-db';

/** A queued change in a cashier's words: "Cash £4.50 on an order", "Send to the kitchen"… */
export function describeChange(entry: Pick<OutboxEntry, 'request'>): string {
  const { request } = entry;
  switch (request.name) {
    case 'createOrder': {
      const items = request.body.lines.reduce((sum, line) => sum + line.quantity, 0);
      return `New ${request.body.type === 'TAKEAWAY' ? 'takeaway' : 'table order'} with ${items} item${items === 1 ? '' : 's'}`;
    }
    case 'addOrderLines': {
      const items = request.body.lines.reduce((sum, line) => sum + line.quantity, 0);
      return `${items} more item${items === 1 ? '' : 's'} on an order`;
    }
    case 'sendOrder':
      return 'Send to the kitchen';
    case 'fireCourse':
      return `Fire course ${request.body.course}`;
    case 'takePayment':
      return `Cash ${formatPence(request.body.amountPence)}${request.body.tipPence ? ` + ${formatPence(request.body.tipPence)} tip` : ''}`;
    case 'updateOrderLine': {
      const { quantity, note, seat, course } = request.body;
      if (quantity !== undefined) return `Quantity to ${quantity}`;
      if (note !== undefined) return note ? `Note "${note}"` : 'Note removed';
      if (seat !== undefined) return seat === null ? 'Seat cleared' : `Seat ${seat}`;
      return course !== undefined ? `Course ${course}` : 'Item changed';
    }
    case 'voidOrderLine':
      return `Void an item: ${request.body.reason}`;
    case 'voidOrder':
      return `Void the order: ${request.body.reason}`;
    case 'updateOrder':
      return `Covers to ${request.body.covers ?? 0}`;
    case 'addDiscount': {
      const { kind, percentBps, amountPence, reason, lineId } = request.body;
      const off = kind === 'PERCENT' ? formatBps(percentBps ?? 0) : formatPence(amountPence ?? 0);
      return `${off} off ${lineId ? 'an item' : 'the order'}: ${reason}`;
    }
    case 'cashMovement': {
      const { kind, amountPence, reason } = request.body;
      const what = { PAY_IN: 'Pay in', PAY_OUT: 'Pay out', SAFE_DROP: 'Safe drop', NO_SALE: 'No sale' }[kind];
      return `${what}${kind === 'NO_SALE' ? '' : ` ${formatPence(amountPence)}`}: ${reason}`;
    }
  }
}

/** What to do about a change the server refused, by what it was. */
export function deadLetterAdvice(entry: Pick<OutboxEntry, 'request'>): string {
  switch (entry.request.name) {
    case 'takePayment':
      return 'Check the cash in the drawer against the order, then tell a manager.';
    case 'cashMovement':
      return 'Nothing was recorded on the drawer: count the cash against its movements and tell a manager.';
    case 'voidOrderLine':
    case 'voidOrder':
      return 'Nothing was voided. Open the order: if it was paid or closed on another till, tell a manager.';
    default:
      return 'Open the order and make the change again if it is still wanted.';
  }
}
