'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TMeResponse } from '@/lib/schemas/session';
import { useTables } from '../use-orders';
import { startOutbox } from './outbox';

/** The till's outbox for whoever is signed in: replays the queue and answers changes offline. */
export function useOutbox(me: TMeResponse): void {
  const queryClient = useQueryClient();
  const tables = useTables();
  // Read when a change is made, so a floor plan that loads later still names the table.
  const tableNames = useRef(new Map<string, string>());
  useEffect(() => {
    for (const area of tables.data?.areas ?? [])
      for (const table of area.tables) tableNames.current.set(table.id, table.name);
  }, [tables.data]);
  const { id: locationId, serviceChargeBps } = me.location;
  const { id: userId, name } = me.user;
  // Offline, everyone gives discounts within the cashier's limit: a change replays under whoever is
  // signed in when it syncs, and a manager's bigger discount could then come back "needs approval".
  const discountLimitBps = me.location.cashierDiscountLimitBps;
  useEffect(
    () =>
      startOutbox({
        queryClient,
        locationId,
        user: { id: userId, name },
        serviceChargeBps,
        tableName: (tableId) => tableNames.current.get(tableId) ?? null,
        discountLimitBps,
      }),
    [queryClient, locationId, userId, name, serviceChargeBps, discountLimitBps],
  );
}
