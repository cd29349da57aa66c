// The till's own answer to an order change it could not send (issue 12): the order as the server
// will make it, built from the kept menu and priced by lib/domain (the server's own functions),
// so the cashier rings up, sends and takes cash with the network down and sees the same totals.
// Pure: no I/O. Each change applies once however often it is folded in (lines and payments carry
// their ids), so the kept orders can be rebuilt from the queue after a reload.
import { linesToSend, heldCourses } from '@/lib/domain/kitchen-routing';
import { orderTotals } from '@/lib/domain/order-totals';
import { formatBps } from '@/lib/domain/percent';
import { exceedsDiscountLimit } from '@/lib/domain/pricing';
import { changeDue, orderStatusAfterPayment } from '@/lib/domain/payments';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import { assertCanEditLines, assertCanSendToKitchen, assertOrderTransition } from '@/lib/domain/order-state';
import type { TMenuItem, TMenuResponse } from '@/lib/schemas/menu';
import type { TOrder, TOrderLine, TOrderLineInput } from '@/lib/schemas/orders';
import type { TPayment } from '@/lib/schemas/payments';
import { orderDiscountRules, toPricingLines } from '../order-preview';

type LineInput = Omit<TOrderLineInput, 'id' | 'modifierIds' | 'note' | 'course'> & {
  id: string;
  modifierIds?: string[];
  note?: string;
  course?: number;
};

/** An order change the till keeps until the server has it (the API request, as sent). */
export type QueuedRequest =
  | {
      name: 'createOrder';
      body: {
        id: string;
        type: TOrder['type'];
        tableId?: string | null;
        covers?: number;
        customerName?: string;
        lines: LineInput[];
        /** Rung up while the till could not reach the server: an item 86'd meanwhile is accepted, flagged. */
        offlineAt?: string;
      };
    }
  | {
      name: 'addOrderLines';
      params: { id: string };
      body: { lines: LineInput[]; version?: number; offlineAt?: string };
    }
  | { name: 'sendOrder'; params: { id: string }; body: { version?: number } }
  /** Fires a held course: its lines (and anything else waiting up to it) go to the kitchen. */
  | { name: 'fireCourse'; params: { id: string }; body: { course: number; version?: number } }
  | {
      name: 'takePayment';
      params: { id: string };
      body: { method: 'CASH'; amountPence: number; tipPence: number; tenderedPence: number; version?: number };
    }
  | {
      name: 'updateOrderLine';
      params: { id: string; lineId: string };
      body: LineChanges & { version?: number };
    }
  // Voids that need no approval (nothing of it reached the kitchen): a manager's PIN is never
  // written to the device, so a void that needs one goes live (use-order-mutations.ts).
  | { name: 'voidOrderLine'; params: { id: string; lineId: string }; body: { reason: string; version?: number } }
  | { name: 'voidOrder'; params: { id: string }; body: { reason: string; version?: number } }
  | { name: 'updateOrder'; params: { id: string }; body: { covers?: number; version?: number } }
  // A discount the till may give on its own (within the cashier's limit, or by someone who may
  // discount): one that needs a manager's PIN goes live. Its id is the change's, so it counts once.
  | {
      name: 'addDiscount';
      params: { id: string };
      body: {
        id: string;
        kind: 'PERCENT' | 'AMOUNT';
        percentBps?: number;
        amountPence?: number;
        lineId?: string;
        reason: string;
        version?: number;
      };
    };

/** What may change on a line the kitchen has not had yet. */
export type LineChanges = { quantity?: number; note?: string; seat?: number | null; course?: number };

export type LocalContext = {
  menu: TMenuResponse;
  serviceChargeBps: number;
  user: { id: string; name: string };
  /** The queued change's id (its Idempotency-Key): a local payment's id, so it is counted once. */
  changeId: string;
  /** When the cashier made the change. */
  now: Date;
  /** The table's name for a new dine-in order, when the till knows it. */
  tableName: string | null;
  /** For a send: the lines it covers (folding it again later must not send lines added since). */
  sendsLineIds?: readonly string[];
  /**
   * The most discount the till gives without a manager (basis points of the order, and of a line):
   * the cashier's limit, for everyone offline (a change replays under whoever is signed in then);
   * null: no limit (pricing checks only).
   */
  discountLimitBps: number | null;
};

/** A change the till itself can see the server would refuse (an item no longer on the menu…). */
export class LocalRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalRefusal';
  }
}

/** The order a request's change is for. */
export function orderIdOf(request: QueuedRequest): string {
  return request.name === 'createOrder' ? request.body.id : request.params.id;
}

function menuItems(menu: TMenuResponse): Map<string, TMenuItem> {
  return new Map(menu.categories.flatMap((category) => category.items).map((item) => [item.id, item]));
}

function buildLine(input: LineInput, item: TMenuItem, type: TOrder['type']): TOrderLine {
  const modifierIds = input.modifierIds ?? [];
  const modifiers = item.modifierGroups.flatMap((group) =>
    group.modifiers.map((modifier) => ({ modifier, groupName: group.name })),
  );
  return {
    id: input.id,
    itemId: item.id,
    name: item.name,
    unitPricePence: item.pricePence,
    vatRateBps: type === 'TAKEAWAY' ? item.takeawayVatRateBps : item.vatRateBps,
    quantity: input.quantity,
    course: input.course ?? 1,
    seat: input.seat ?? null,
    note: (input.note ?? '').trim(),
    stationId: item.stationId,
    kitchenStatus: 'PENDING',
    sentAt: null,
    voidedAt: null,
    voidReason: null,
    modifiers: modifierIds.map((id) => {
      const found = modifiers.find(({ modifier }) => modifier.id === id);
      if (!found) throw new LocalRefusal(`${item.name}: a chosen option is no longer on the menu`);
      return {
        id: `${input.id}:${id}`,
        modifierId: id,
        groupName: found.groupName,
        name: found.modifier.name,
        priceDeltaPence: found.modifier.priceDeltaPence,
      };
    }),
    // Priced below, with the whole order.
    grossPence: 0,
    discountPence: 0,
    totalPence: 0,
    vatPence: 0,
  };
}

/** The order's prices and totals again, from its lines, discounts and payments (lib/domain). */
export function repriceOrder(order: TOrder, serviceChargeBps: number): TOrder {
  const { lines: priced, totals } = orderTotals({
    lines: toPricingLines(order),
    orderDiscounts: orderDiscountRules(order),
    serviceChargeBps,
    payments: order.payments,
  });
  const routable = order.lines.map((line) => ({ ...line, isVoided: line.voidedAt !== null }));
  return {
    ...order,
    heldCourses: heldCourses(routable, order.firedCourse),
    lines: order.lines.map((line) => {
      const price = priced.get(line.id)!;
      return {
        ...line,
        grossPence: price.grossPence,
        discountPence: price.discountPence,
        totalPence: price.totalPence,
        vatPence: price.vatPence,
      };
    }),
    totals,
  };
}

function addLines(order: TOrder, inputs: readonly LineInput[], menu: TMenuResponse): TOrder {
  const items = menuItems(menu);
  const known = new Set(order.lines.map((line) => line.id));
  const fresh = inputs.filter((input) => !known.has(input.id));
  if (fresh.length === 0) return order;
  assertCanEditLines(order.status);
  const lines = fresh.map((input) => {
    const item = items.get(input.itemId);
    if (!item) throw new LocalRefusal('An item is no longer on the menu');
    return buildLine(input, item, order.type);
  });
  return { ...order, version: order.version + 1, lines: [...order.lines, ...lines] };
}

/** The lines a send made now would release to the kitchen. */
export function linesASendCovers(order: TOrder): string[] {
  const routable = order.lines.map((line) => ({ ...line, isVoided: line.voidedAt !== null }));
  return linesToSend(routable, order.firedCourse).map((line) => line.id);
}

function send(order: TOrder, now: Date, covers: readonly string[] | undefined): TOrder {
  const waiting = linesASendCovers(order);
  const toSend = new Set(covers ? waiting.filter((id) => covers.includes(id)) : waiting);
  if (toSend.size === 0) return order;
  assertCanSendToKitchen(order.status);
  const at = now.toISOString();
  return {
    ...order,
    version: order.version + 1,
    status: order.status === 'OPEN' ? 'SENT' : order.status,
    sentAt: order.status === 'OPEN' ? at : order.sentAt,
    lines: order.lines.map((line) =>
      toSend.has(line.id) ? { ...line, kitchenStatus: 'SENT' as const, sentAt: at } : line,
    ),
  };
}

/** The order once `course` is fired: the fired course moves up (never down), then the send as above. */
function fire(order: TOrder, course: number, now: Date, covers: readonly string[] | undefined): TOrder {
  assertCanSendToKitchen(order.status);
  const firedCourse = Math.max(order.firedCourse, course);
  if (firedCourse === order.firedCourse) return send(order, now, covers);
  // One change on the server, one version: the send's bump, or the fire's own when nothing waited.
  const sent = send({ ...order, firedCourse }, now, covers);
  return sent.version === order.version ? { ...sent, version: order.version + 1 } : sent;
}

/** The lines a fire of `course` sends: those waiting once the course is fired. */
export function linesAFireCovers(order: TOrder, course: number): string[] {
  return linesASendCovers({ ...order, firedCourse: Math.max(order.firedCourse, course) });
}

function takeCash(
  order: TOrder,
  body: Extract<QueuedRequest, { name: 'takePayment' }>['body'],
  changeId: string,
  now: Date,
): TOrder {
  if (order.payments.some((payment) => payment.id === changeId)) return order;
  if (!canOrderTakePayment(order.status)) throw new LocalRefusal('This order has nothing left to pay');
  const due = order.totals.duePence;
  if (body.amountPence > due) throw new LocalRefusal('That is more than is due');
  const charged = body.amountPence + body.tipPence;
  const change = changeDue(body.tenderedPence, charged);
  if (change < 0) throw new LocalRefusal('The cash handed over does not cover the amount');
  const at = now.toISOString();
  const payment: TPayment = {
    id: changeId,
    orderId: order.id,
    method: 'CASH',
    status: 'SUCCEEDED',
    amountPence: body.amountPence,
    tipPence: body.tipPence,
    tenderedPence: body.tenderedPence,
    changePence: change,
    refundedPence: 0,
    refundablePence: charged,
    needsRefundReview: false,
    refunds: [],
    createdAt: at,
  };
  const status = orderStatusAfterPayment(order.status, body.amountPence, due);
  return {
    ...order,
    version: order.version + 1,
    status,
    payments: [...order.payments, payment],
    paidAt: status === 'CLOSED' ? at : order.paidAt,
  };
}

/** The words the server uses when a manager's approval is missing, with what to do offline. */
const APPROVAL_OFFLINE =
  "needs a manager's approval, which needs the connection: try again when the till is back online";

function lineOf(order: TOrder, lineId: string): TOrderLine {
  const line = order.lines.find((candidate) => candidate.id === lineId);
  if (!line) throw new LocalRefusal('No such line on this order');
  return line;
}

function updateLine(order: TOrder, lineId: string, body: LineChanges): TOrder {
  assertCanEditLines(order.status);
  const line = lineOf(order, lineId);
  if (line.voidedAt) throw new LocalRefusal(`${line.name} is voided`);
  if (line.kitchenStatus !== 'PENDING')
    throw new LocalRefusal(`${line.name} is already with the kitchen: void it (with approval) and add it again`);
  const changed: TOrderLine = {
    ...line,
    ...(body.quantity !== undefined ? { quantity: body.quantity } : {}),
    ...(body.note !== undefined ? { note: body.note.trim() } : {}),
    ...(body.seat !== undefined ? { seat: body.seat } : {}),
    ...(body.course !== undefined ? { course: body.course } : {}),
  };
  const same =
    changed.quantity === line.quantity &&
    changed.note === line.note &&
    changed.seat === line.seat &&
    changed.course === line.course;
  if (same) return order;
  return {
    ...order,
    version: order.version + 1,
    lines: order.lines.map((candidate) => (candidate.id === lineId ? changed : candidate)),
  };
}

function voidLine(order: TOrder, lineId: string, reason: string, now: Date): TOrder {
  assertCanEditLines(order.status);
  const line = lineOf(order, lineId);
  if (line.voidedAt) throw new LocalRefusal(`${line.name} is already voided`);
  if (line.kitchenStatus !== 'PENDING')
    throw new LocalRefusal(`Voiding ${line.name} after it was sent ${APPROVAL_OFFLINE}`);
  const at = now.toISOString();
  return {
    ...order,
    version: order.version + 1,
    lines: order.lines.map((candidate) =>
      candidate.id === lineId ? { ...candidate, voidedAt: at, voidReason: reason.trim() } : candidate,
    ),
  };
}

function voidWholeOrder(order: TOrder, reason: string, now: Date): TOrder {
  if (order.status === 'VOIDED') return order;
  assertOrderTransition(order.status, 'VOIDED');
  if (order.status === 'SENT') throw new LocalRefusal(`Voiding an order after it was sent ${APPROVAL_OFFLINE}`);
  const at = now.toISOString();
  const why = reason.trim();
  return {
    ...order,
    version: order.version + 1,
    status: 'VOIDED',
    voidedAt: at,
    voidReason: why,
    lines: order.lines.map((line) => (line.voidedAt ? line : { ...line, voidedAt: at, voidReason: why })),
  };
}

function addDiscount(
  order: TOrder,
  body: Extract<QueuedRequest, { name: 'addDiscount' }>['body'],
  limitBps: number | null,
): TOrder {
  if (order.discounts.some((discount) => discount.id === body.id)) return order;
  assertCanEditLines(order.status);
  let basePence = order.totals.totalPence - order.totals.serviceChargePence;
  if (body.lineId) {
    const line = order.lines.find((candidate) => candidate.id === body.lineId);
    if (!line) throw new LocalRefusal('No such line on this order');
    if (line.voidedAt) throw new LocalRefusal(`${line.name} is voided`);
    basePence = line.totalPence;
  }
  if (basePence === 0) throw new LocalRefusal('There is nothing left to discount');
  const discounted: TOrder = {
    ...order,
    version: order.version + 1,
    discounts: [
      ...order.discounts,
      {
        id: body.id,
        lineId: body.lineId ?? null,
        kind: body.kind,
        percentBps: body.kind === 'PERCENT' ? (body.percentBps ?? 0) : null,
        amountPence: body.kind === 'AMOUNT' ? (body.amountPence ?? 0) : null,
        reason: body.reason.trim(),
      },
    ],
  };
  // The server's own test (lib/domain): every discount on the order counts, ten small ones are one big one.
  if (
    limitBps !== null &&
    exceedsDiscountLimit(
      { lines: toPricingLines(discounted), orderDiscounts: orderDiscountRules(discounted) },
      { limitBps, lineId: body.lineId },
    )
  )
    throw new LocalRefusal(`More than ${formatBps(limitBps)} off in discounts ${APPROVAL_OFFLINE}`);
  return discounted;
}

function updateCovers(order: TOrder, covers: number | undefined): TOrder {
  assertCanEditLines(order.status);
  if (covers === undefined || covers === order.covers) return order;
  return { ...order, version: order.version + 1, covers };
}

/**
 * Whether an order the till shows already carries a change (so answering the cashier with it tells
 * the truth): folding swallows a change the till cannot apply, and the tap must not look done then.
 */
export function changeShown(order: TOrder, request: QueuedRequest, changeId: string): boolean {
  const line = (lineId: string) => order.lines.find((candidate) => candidate.id === lineId);
  switch (request.name) {
    case 'createOrder':
    case 'addOrderLines':
      return request.body.lines.every((input) => line(input.id) !== undefined);
    case 'sendOrder':
      return true;
    case 'fireCourse':
      return order.firedCourse >= request.body.course;
    case 'takePayment':
      return order.payments.some((payment) => payment.id === changeId);
    case 'updateOrderLine': {
      const changed = line(request.params.lineId);
      const { quantity, note, seat, course } = request.body;
      return (
        changed !== undefined &&
        (quantity === undefined || changed.quantity === quantity) &&
        (note === undefined || changed.note === note.trim()) &&
        (seat === undefined || changed.seat === seat) &&
        (course === undefined || changed.course === course)
      );
    }
    case 'voidOrderLine':
      return line(request.params.lineId)?.voidedAt != null;
    case 'voidOrder':
      return order.status === 'VOIDED';
    case 'updateOrder':
      return request.body.covers === undefined || order.covers === request.body.covers;
    case 'addDiscount':
      return order.discounts.some((discount) => discount.id === request.body.id);
  }
}

/**
 * The order after a queued change, as the server will make it (order numbers excepted: the server
 * gives those, so a new order shows number 0 until it syncs). Throws LocalRefusal for a change the
 * server would refuse, and the order state machine's errors for a move it forbids.
 */
export function applyLocally(order: TOrder | undefined, request: QueuedRequest, context: LocalContext): TOrder {
  const { menu, serviceChargeBps, now } = context;
  if (request.name === 'createOrder') {
    if (order) return order;
    const { body } = request;
    const created: TOrder = {
      id: body.id,
      number: 0,
      businessDate: now.toISOString().slice(0, 10),
      status: 'OPEN',
      type: body.type,
      tableId: body.tableId ?? null,
      tableName: body.tableId ? context.tableName : null,
      covers: body.covers ?? 0,
      customerName: body.customerName ?? '',
      version: 1,
      firedCourse: 1,
      heldCourses: [],
      createdBy: context.user,
      createdAt: now.toISOString(),
      sentAt: null,
      voidedAt: null,
      voidReason: null,
      lines: [],
      discounts: [],
      totals: orderTotals({ lines: [], orderDiscounts: [], serviceChargeBps, payments: [] }).totals,
      payments: [],
      paidAt: null,
      receiptToken: null,
    };
    return repriceOrder({ ...addLines(created, body.lines, menu), version: 1 }, serviceChargeBps);
  }
  if (!order) throw new LocalRefusal('This order is not on this till');
  switch (request.name) {
    case 'addOrderLines':
      return repriceOrder(addLines(order, request.body.lines, menu), serviceChargeBps);
    case 'sendOrder':
      return send(order, now, context.sendsLineIds);
    case 'fireCourse':
      return repriceOrder(fire(order, request.body.course, now, context.sendsLineIds), serviceChargeBps);
    case 'takePayment':
      return repriceOrder(takeCash(order, request.body, context.changeId, now), serviceChargeBps);
    case 'updateOrderLine':
      return repriceOrder(updateLine(order, request.params.lineId, request.body), serviceChargeBps);
    case 'voidOrderLine':
      return repriceOrder(voidLine(order, request.params.lineId, request.body.reason, now), serviceChargeBps);
    case 'voidOrder':
      return repriceOrder(voidWholeOrder(order, request.body.reason, now), serviceChargeBps);
    case 'updateOrder':
      return updateCovers(order, request.body.covers);
    case 'addDiscount':
      return repriceOrder(addDiscount(order, request.body, context.discountLimitBps), serviceChargeBps);
  }
}
