'use client';

import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** One answer the till keeps for when the network is down (the menu, the floor, open orders…). */
export type StoredQuery = {
  /** `${locationId} ${JSON of the query key}`: one location's data never shows at another. */
  id: string;
  locationId: string;
  queryKey: readonly unknown[];
  data: unknown;
  /** When the server gave it (ms), so a screen can say how old it is. */
  updatedAt: number;
};

type TillDb = DBSchema & {
  queries: { key: string; value: StoredQuery; indexes: { byLocation: string } };
};

const NAME = 'fynlo-till';
const VERSION = 1;

let opening: Promise<IDBPDatabase<TillDb>> | null = null;

/**
 * The device's own database (IndexedDB through `idb`). Opened once per page; a version bump adds
 * stores in `upgrade`, never drops what a till has not synced.
 */
export function localDb(): Promise<IDBPDatabase<TillDb>> {
  opening ??= openDB<TillDb>(NAME, VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const queries = db.createObjectStore('queries', { keyPath: 'id' });
        queries.createIndex('byLocation', 'locationId');
      }
    },
    // Another tab holds an older version open: let it go, so this one can upgrade.
    blocking() {
      void opening?.then((db) => db.close());
      opening = null;
    },
  });
  return opening;
}

/** Whether this browser has IndexedDB at all (a private window may not): without it, nothing is kept. */
export function hasLocalDb(): boolean {
  return typeof indexedDB !== 'undefined';
}
