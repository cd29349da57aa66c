'use client';

import { useSyncExternalStore } from 'react';
import { type OutboxState, outboxStore } from './outbox';

/** What is waiting to sync on this device, and what the server refused (the dead letters). */
export function useOutboxState(): OutboxState {
  return useSyncExternalStore(outboxStore.subscribe, outboxStore.getSnapshot, outboxStore.getSnapshot);
}
