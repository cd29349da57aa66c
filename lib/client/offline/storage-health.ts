// What the device-health panel says about the till's own storage (issue 12): whether the browser
// keeps it for good (navigator.storage.persist, asked for when the till is installed) and how much
// of the allowance the kept screens, menu and queue use (navigator.storage.estimate).

export type StorageHealth = {
  /** null: this browser cannot say (no StorageManager). */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
};

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** The panel's two lines, in words a manager can act on. */
export function storageHealthWords(health: StorageHealth): { kept: string; used: string } {
  const kept =
    health.persisted === null
      ? 'This browser cannot say whether it keeps the till’s data'
      : health.persisted
        ? 'Kept for good: the browser will not clear the till’s data'
        : 'Not kept for good: install the till on the Home Screen so the browser keeps its data';
  const used =
    health.usageBytes === null || health.quotaBytes === null || health.quotaBytes === 0
      ? 'Space used: unknown'
      : `Space used: ${size(health.usageBytes)} of ${size(health.quotaBytes)} (${Math.min(100, Math.round((health.usageBytes / health.quotaBytes) * 100))} %)`;
  return { kept, used };
}

/** Reads the device's storage state now. */
export async function readStorageHealth(): Promise<StorageHealth> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}
