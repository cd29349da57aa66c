'use client';

import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { DrawerRequest } from './local-drawer';
import type { QueuedRequest } from './local-order';

/** A change the outbox keeps: an order's, or a cash drawer's (pay in, pay out, safe drop, no sale). */
export type OutboxRequest = QueuedRequest | DrawerRequest;

export function isDrawerRequest(request: OutboxRequest): request is DrawerRequest {
  return request.name === 'cashMovement';
}

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

/** An order or drawer change written down before it is sent, kept until the server has answered it. */
export type OutboxEntry = {
  /** The request's Idempotency-Key: a replay is the same request, so the server applies it once. */
  id: string;
  /** Order of writing on this device (ms × 1000 + a counter): changes replay in this order. */
  seq: number;
  locationId: string;
  /** What the change is for: its order, or for a drawer change the drawer's session (a causal chain each). */
  orderId: string;
  request: OutboxRequest;
  /** Who made the change, and when (ms). */
  userId: string;
  createdAt: number;
  /** Tries that reached no answer, and when the next may run (ms). */
  attempts: number;
  nextAttemptAt: number;
  /** Answered on the till (offline) rather than by the server. */
  queued: boolean;
  /** A send: the lines it covers (those waiting when it was tapped), so a later line stays unsent. */
  sendsLineIds?: string[];
};

/** A queued change the server refused on replay: kept, with what happened, until someone clears it. */
export type DeadLetter = OutboxEntry & {
  failedAt: number;
  status: number;
  code: string;
  message: string;
};

type TillDb = DBSchema & {
  queries: { key: string; value: StoredQuery; indexes: { byLocation: string } };
  outbox: { key: string; value: OutboxEntry; indexes: { bySeq: number } };
  deadLetters: { key: string; value: DeadLetter; indexes: { bySeq: number } };
};

const NAME = 'fynlo-till';
const VERSION = 2;

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
      if (oldVersion < 2) {
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('bySeq', 'seq');
        db.createObjectStore('deadLetters', { keyPath: 'id' }).createIndex('bySeq', 'seq');
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
