import 'server-only';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TDeviceSync, TDeviceSyncReport } from '@/lib/schemas/devices';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { toDeviceSync } from './to-device-dto';

/**
 * Keeps a paired till's report of its offline outbox (issue 12): what it holds that the server has
 * not had, for the office's device list and the Z report, which will not close a day while a till
 * holds that day's changes. A reading, like "last seen", so not audited; the newest report wins.
 */
export async function recordSyncReport({
  db,
  actor,
  report,
  now,
}: {
  db: Db;
  actor: Actor;
  report: TDeviceSyncReport;
  now: Date;
}): Promise<{ sync: TDeviceSync }> {
  assertPermission(actor, 'orders:write');
  if (!actor.deviceId)
    throw new AppError('FORBIDDEN', { message: 'Only a paired till reports its sync: pair this browser first' });
  // The office reads a refusal by its order's number, where the server has the order.
  const refusals = report.refusals ?? [];
  const orderIds = [...new Set(refusals.map((refusal) => refusal.orderId))];
  const orders = orderIds.length
    ? await db.order.findMany({
        where: { id: { in: orderIds }, locationId: actor.locationId },
        select: { id: true, number: true },
      })
    : [];
  const numbers = new Map(orders.map((order) => [order.id, order.number]));
  const { count } = await db.device.updateMany({
    where: { id: actor.deviceId, locationId: actor.locationId, kind: 'TILL', revokedAt: null },
    data: {
      syncWaiting: report.waiting,
      syncOldestAt: report.oldestAt ? new Date(report.oldestAt) : null,
      syncRefused: report.refused,
      syncRefusals: refusals.map((refusal) => ({ ...refusal, orderNumber: numbers.get(refusal.orderId) ?? null })),
      // The server hearing "nothing waits" is a sync; otherwise the till's own last one, if it had one.
      lastSyncedAt: report.waiting === 0 ? now : report.lastSyncedAt ? new Date(report.lastSyncedAt) : undefined,
      syncReportedAt: now,
      lastSeenAt: now,
    },
  });
  if (count !== 1) throw new AppError('FORBIDDEN', { message: 'This device is not a paired till of this location' });
  const device = await db.device.findUniqueOrThrow({ where: { id: actor.deviceId } });
  return { sync: toDeviceSync(device)! };
}
