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
    let stop: (() => void) | null = null;
    let cancelled = false;
    void restoreKeptQueries(client, locationId)
      .catch(() => 0)
      .then(() => {
        if (!cancelled) stop = keepQueries(client, locationId);
      });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [client, locationId]);
}
