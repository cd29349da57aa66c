import 'server-only';
import { toCashSessionDto } from '../cash/cash-session-dto';
import { canOrderTakePayment } from '@/lib/domain/payment-state';
import type { DbOrTx } from '@/lib/db';
import { businessDate } from '@/lib/domain/business-date';
import { lineGross } from '@/lib/domain/pricing';
import { refundedFrom } from '@/lib/domain/payments';
import { AppError } from '@/lib/errors';
import type { TDayReport } from '@/lib/schemas/payments';
import type { Actor } from '../auth/actor';
import { ORDER_INCLUDE, toOrderDto } from '../orders/order-dto';
import { assertPermission } from '../permissions';

const METHODS = ['CASH', 'CARD', 'WALLET', 'OPEN_BANKING'] as const;
/** Orders whose sale is made: money has been taken against them. */
const SOLD = new Set(['PARTIALLY_PAID', 'PAID', 'CLOSED']);

/**
 * The figures for one trading day of the actor's location, from the ledger itself: sales and VAT by
 * rate from the orders paid that day (priced by the same function as every order), takings by
 * method from their payments, refunds, tips, service charge, voids and the cash drawers. `X` while
 * the day is still trading, `Z` for a day that has ended.
 */
export async function dayReport({
  db,
  actor,
  date,
  now,
  closing = false,
}: {
  db: DbOrTx;
  actor: Actor;
  date?: string;
  now: Date;
  /** Asked as the day's Z (the API's /reports/z): refused while a till holds the day's changes. */
  closing?: boolean;
}): Promise<TDayReport> {
  assertPermission(actor, 'reports:read');
  const location = await db.location.findUniqueOrThrow({
    where: { id: actor.locationId },
    select: { name: true, vatNumber: true, timezone: true, businessDayStartHour: true },
  });
  const today = businessDate(now, location.timezone, location.businessDayStartHour);
  // Between midnight and the day's start hour the calendar says tomorrow while the till is still
  // trading yesterday: asked for the calendar date whose trading has not begun, answer for the
  // trading day in progress (the report names the day it covers).
  const calendarToday = businessDate(now, location.timezone, 0);
  const day = !date || (date === calendarToday && calendarToday > today) ? today : date;
  const rows = await db.order.findMany({
    where: { locationId: actor.locationId, businessDate: new Date(`${day}T00:00:00Z`) },
    include: ORDER_INCLUDE,
  });
  const orders = rows.map(toOrderDto);
  const sold = orders.filter((order) => SOLD.has(order.status));

  const vat = new Map<number, { grossPence: number; vatPence: number; netPence: number }>();
  for (const band of sold.flatMap((order) => order.totals.vatBands)) {
    const sum = vat.get(band.rateBps) ?? { grossPence: 0, vatPence: 0, netPence: 0 };
    vat.set(band.rateBps, {
      grossPence: sum.grossPence + band.grossPence,
      vatPence: sum.vatPence + band.vatPence,
      netPence: sum.netPence + band.netPence,
    });
  }
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const grossSalesPence = sum(sold.map((order) => order.totals.totalPence - order.totals.serviceChargePence));
  const vatPence = sum(sold.map((order) => order.totals.vatPence));
  const voided = orders.flatMap((order) => order.lines.filter((line) => line.voidedAt !== null));

  const payments = rows.flatMap((order) => order.payments);
  const succeeded = payments.filter((payment) => payment.status === 'SUCCEEDED');
  const refunds = payments.flatMap((payment) => payment.refunds.filter((refund) => refund.status !== 'FAILED'));
  const takingsByMethod = METHODS.map((method) => {
    const ofMethod = succeeded.filter((payment) => payment.method === method);
    return {
      method,
      count: ofMethod.length,
      amountPence: sum(ofMethod.map((payment) => payment.amountPence)),
      tipPence: sum(ofMethod.map((payment) => payment.tipPence)),
      refundedPence: sum(ofMethod.map(refundedFrom)),
    };
  }).filter((row) => row.count > 0);

  const drawers = (
    await db.cashSession.findMany({
      where: {
        locationId: actor.locationId,
        openedAt: {
          gte: new Date(Date.parse(`${day}T00:00:00Z`) - 36 * 3_600_000),
          lt: new Date(Date.parse(`${day}T00:00:00Z`) + 60 * 3_600_000),
        },
      },
      include: { movements: true },
    })
  ).filter((drawer) => businessDate(drawer.openedAt, location.timezone, location.businessDayStartHour) === day);
  const closed = drawers.filter((drawer) => drawer.closedAt !== null);
  // Each drawer expects what its own count will be checked against (stored at its close); cash in
  // no drawer is shown apart, so the drawers' expected, counted and variance add up.
  const expectedByDrawer = await Promise.all(
    drawers.map(async (drawer) => drawer.expectedPence ?? (await toCashSessionDto(db, drawer.id)).expectedPence),
  );
  const loose = succeeded.filter((payment) => payment.method === 'CASH' && payment.cashSessionId === null);
  const looseRefunds = payments.flatMap((payment) =>
    payment.method === 'CASH'
      ? payment.refunds.filter((refund) => refund.status !== 'FAILED' && refund.cashSessionId === null)
      : [],
  );

  // A till holding changes made on or before this day (its outbox, offline): the day is not final.
  const unsyncedTills = (
    await db.device.findMany({
      where: { locationId: actor.locationId, kind: 'TILL', revokedAt: null, syncWaiting: { gt: 0 } },
      orderBy: { name: 'asc' },
    })
  ).filter(
    (device) =>
      device.syncOldestAt !== null &&
      businessDate(device.syncOldestAt, location.timezone, location.businessDayStartHour) <= day,
  );

  const report: TDayReport = {
    kind: day < today ? 'Z' : 'X',
    businessDate: day,
    generatedAt: now.toISOString(),
    location: { name: location.name, vatNumber: location.vatNumber },
    orders: sold.length,
    grossSalesPence,
    netSalesPence: grossSalesPence - vatPence,
    vatPence,
    vatByRate: [...vat].sort(([a], [b]) => b - a).map(([rateBps, band]) => ({ rateBps, ...band })),
    discountsPence: sum(sold.map((order) => order.totals.discountPence)),
    voids: {
      count: voided.length,
      valuePence: sum(
        voided.map((line) =>
          lineGross({
            unitPricePence: line.unitPricePence,
            modifierDeltasPence: line.modifiers.map((m) => m.priceDeltaPence),
            quantity: line.quantity,
          }),
        ),
      ),
    },
    serviceChargePence: sum(sold.map((order) => order.totals.serviceChargePence)),
    tipsPence: sum(succeeded.map((payment) => payment.tipPence)),
    refunds: { count: refunds.length, valuePence: sum(refunds.map((refund) => refund.amountPence)) },
    takingsByMethod,
    netTakingsPence:
      sum(succeeded.map((payment) => payment.amountPence + payment.tipPence)) - sum(refunds.map((r) => r.amountPence)),
    averageSpendPence: sold.length ? Math.round(grossSalesPence / sold.length) : 0,
    cash: {
      expectedPence: sum(expectedByDrawer),
      countedPence: closed.length ? sum(closed.map((drawer) => drawer.countedPence ?? 0)) : null,
      variancePence: closed.length ? sum(closed.map((drawer) => drawer.variancePence ?? 0)) : null,
      openDrawers: drawers.length - closed.length,
      notInDrawerPence:
        sum(loose.map((payment) => payment.amountPence + payment.tipPence)) -
        sum(looseRefunds.map((refund) => refund.amountPence)),
    },
    openOrders: orders.filter((order) => canOrderTakePayment(order.status)).length,
    unsyncedTills: unsyncedTills.map((device) => ({
      deviceId: device.id,
      name: device.name,
      waiting: device.syncWaiting,
      oldestAt: device.syncOldestAt!.toISOString(),
      reportedAt: (device.syncReportedAt ?? device.syncOldestAt!).toISOString(),
    })),
  };
  if (closing) assertDayCanClose(report, location.timezone);
  return report;
}

/** "Front till holds 3 changes not yet synced (oldest 21:40)": one till's part of the refusal. */
function unsyncedWords(till: TDayReport['unsyncedTills'][number], timeZone: string): string {
  const at = new Date(till.oldestAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return `${till.name} holds ${till.waiting === 1 ? '1 change' : `${till.waiting} changes`} not yet synced (oldest ${at})`;
}

/**
 * A Z closes the day: refused (409, the tills named) while any till holds that day's changes,
 * since the figures would change when they sync. An iPad lost for good is revoked under Devices.
 */
function assertDayCanClose(report: TDayReport, timeZone: string): void {
  if (report.kind !== 'Z' || report.unsyncedTills.length === 0) return;
  throw new AppError('CONFLICT', {
    message: `The day cannot close yet: ${report.unsyncedTills.map((till) => unsyncedWords(till, timeZone)).join('; ')}. Bring it online so it syncs, then try again; a till lost for good is revoked under Devices.`,
    details: { reason: 'TILLS_NOT_SYNCED', unsyncedTills: report.unsyncedTills },
  });
}
