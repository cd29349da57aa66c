// Whether the server takes a till's word that it made a sale offline, at `offlineAt` (issue 12):
// then an item 86'd before the till synced is accepted (the till could not know, the food was
// sold, so refusing it on sync would lose a real sale), and a new order belongs to the trading day
// it was rung up in, not the day it synced. Only a paired till's queue says so, and only for a
// time that is believable: not in the future (allowing for a device clock a few minutes out) and
// not older than the longest outage we plan for.

/** How far ahead of the server a till's clock may be. */
export const OFFLINE_CLOCK_SKEW_MS = 5 * 60_000;
/** The longest a till is expected to trade offline (Square and Toast promise 24–72 h). */
export const LONGEST_OFFLINE_MS = 72 * 3_600_000;

export function takesOfflineSale(input: { offlineAt: Date | null; deviceId: string | null; now: Date }): boolean {
  const { offlineAt, deviceId, now } = input;
  if (!offlineAt || !deviceId || Number.isNaN(offlineAt.getTime())) return false;
  const age = now.getTime() - offlineAt.getTime();
  return age >= -OFFLINE_CLOCK_SKEW_MS && age <= LONGEST_OFFLINE_MS;
}
