'use client';

import type { Query, QueryClient } from '@tanstack/react-query';
import { hasLocalDb, localDb, type StoredQuery } from './local-db';

/** What a till or kitchen screen needs offline: the menu, the floor, open orders and tickets, who is signed in, the drawer. */
const KEPT_ROOTS = new Set(['me', 'menu', 'tables', 'orders', 'order', 'kitchen', 'cash-sessions']);
/** A kept answer not refreshed for this long is dropped (an order long closed, a till long off). */
const KEEP_FOR_MS = 3 * 24 * 60 * 60 * 1000;

const isKept = (query: Query) => KEPT_ROOTS.has(String(query.queryKey[0]));
const idOf = (locationId: string, queryKey: readonly unknown[]) => `${locationId} ${JSON.stringify(queryKey)}`;

/**
 * Puts back what this device kept for the location, for every query that has no answer yet, so a
 * till reloaded offline opens with its menu, tables and open orders. Kept answers count as old
 * (their own time): online, every one is asked for again at once.
 */
export async function restoreKeptQueries(client: QueryClient, locationId: string): Promise<number> {
  if (!hasLocalDb()) return 0;
  const db = await localDb();
  const kept = await db.getAllFromIndex('queries', 'byLocation', locationId);
  let restored = 0;
  for (const entry of kept) {
    if (Date.now() - entry.updatedAt > KEEP_FOR_MS) {
      await db.delete('queries', entry.id);
      continue;
    }
    if (client.getQueryData(entry.queryKey) !== undefined) continue;
    client.setQueryData(entry.queryKey, entry.data, { updatedAt: entry.updatedAt });
    restored += 1;
  }
  return restored;
}

/**
 * Keeps every fresh answer of the kept queries in IndexedDB as it arrives, so the copy is as new
 * as the screen (answers put in by hand, such as the restore itself, are not written back).
 * Returns the unsubscribe.
 */
export function keepQueries(client: QueryClient, locationId: string): () => void {
  if (!hasLocalDb()) return () => undefined;
  return client.getQueryCache().subscribe((event) => {
    const { query } = event;
    if (!isKept(query)) return;
    if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual) {
      const entry: StoredQuery = {
        id: idOf(locationId, query.queryKey),
        locationId,
        queryKey: query.queryKey,
        data: query.state.data,
        updatedAt: query.state.dataUpdatedAt,
      };
      void localDb().then((db) => db.put('queries', entry));
    }
  });
}
