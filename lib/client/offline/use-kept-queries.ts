'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keepQueries, restoreKeptQueries } from './kept-queries';

/**
 * On a till or kitchen screen: puts back what the device kept for this location (offline, the
 * screen opens with its menu, floor and open orders) and keeps every fresh answer from now on.
 */
export function useKeptQueries(locationId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    // Keeping starts first, so an answer that beats the restore is kept too; restored answers are
    // put in by hand and never written back.
    const stop = keepQueries(client, locationId);
    void restoreKeptQueries(client, locationId).catch(() => 0);
    return stop;
  }, [client, locationId]);
}
