// The receipt of an order (issue 12 moved it here from the server): the one model the customer's
// phone, the till's paper receipt and the till's own receipt of an order not yet synced all show.
// Pure: the server builds it from the order it stored, the till offline from the order it holds.

export type ReceiptVenue = { name: string; address: string[]; phone: string; vatNumber: string; footer: string };

type VatBand = { rateBps: number; grossPence: number; vatPence: number; netPence: number };

/** What a receipt reads of an order (the API's order, as the server stores it or the till holds it). */
export type ReceiptOrder<Method extends string> = {
  number: number;
  type: 'DINE_IN' | 'TAKEAWAY';
  tableName: string | null;
  createdAt: string;
  paidAt: string | null;
  lines: {
    name: string;
    quantity: number;
    voidedAt: string | null;
    modifiers: { name: string }[];
    totalPence: number;
    discountPence: number;
  }[];
  totals: {
    subtotalPence: number;
    discountPence: number;
    serviceChargePence: number;
    serviceChargeBps: number;
    totalPence: number;
    vatBands: VatBand[];
    vatPence: number;
    tipPence: number;
    paidPence: number;
    duePence: number;
    refundedPence: number;
  };
  payments: {
    status: string;
    method: Method;
    amountPence: number;
    tipPence: number;
    createdAt: string;
    refunds: { status: string; amountPence: number; createdAt: string }[];
  }[];
};

/** What a receipt prints about the venue, from its settings ("Venue & receipt"). */
export function receiptVenue(location: {
  name: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postcode: string;
  phone: string;
  vatNumber: string;
  receiptFooter: string;
}): ReceiptVenue {
  const { addressLine1, addressLine2, city, postcode } = location;
  return {
    name: location.name,
    address: [addressLine1, addressLine2, city, postcode].filter(Boolean),
    phone: location.phone,
    vatNumber: location.vatNumber,
    footer: location.receiptFooter,
  };
}

/**
 * Payments are the bill's, by method and amount (tip included), never cash tendered or change: on
 * a shared bill every diner's receipt shows them. The tip is given once, as the total of every
 * payment's tip. Voided lines are left off.
 */
export function receiptOf<Method extends string>(order: ReceiptOrder<Method>, venue: ReceiptVenue) {
  return {
    venue,
    orderNumber: order.number,
    type: order.type,
    tableName: order.tableName,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    lines: order.lines
      .filter((line) => line.voidedAt === null)
      .map((line) => ({
        name: line.name,
        quantity: line.quantity,
        modifiers: line.modifiers.map((modifier) => modifier.name),
        totalPence: line.totalPence,
        discountPence: line.discountPence,
      })),
    subtotalPence: order.totals.subtotalPence,
    discountPence: order.totals.discountPence,
    serviceChargePence: order.totals.serviceChargePence,
    serviceChargeBps: order.totals.serviceChargeBps,
    totalPence: order.totals.totalPence,
    vatBands: order.totals.vatBands,
    vatPence: order.totals.vatPence,
    tipPence: order.totals.tipPence,
    paidPence: order.totals.paidPence,
    duePence: order.totals.duePence,
    payments: order.payments
      .filter((payment) => payment.status === 'SUCCEEDED')
      .map((payment) => ({
        method: payment.method,
        amountPence: payment.amountPence + payment.tipPence,
        createdAt: payment.createdAt,
      })),
    refunds: order.payments.flatMap((payment) =>
      payment.refunds
        .filter((refund) => refund.status !== 'FAILED')
        .map((refund) => ({ amountPence: refund.amountPence, method: payment.method, createdAt: refund.createdAt })),
    ),
    refundedPence: order.totals.refundedPence,
  };
}
