'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { callApi } from './call-api';

export const staffQueryKey = ['staff'] as const;

export function useStaff() {
  return useQuery({ queryKey: staffQueryKey, queryFn: ({ signal }) => callApi('listStaff', { signal }) });
}

/**
 * Runs one staff edit (a `callApi` of a staff endpoint, with its Idempotency-Key) and reads the
 * list again when it succeeds; `isPending` while it runs, for the button's spinner.
 */
export function useSaveStaff() {
  const client = useQueryClient();
  const [isPending, setPending] = useState(false);
  const run = useCallback(
    async <T>(request: () => Promise<T>): Promise<T> => {
      setPending(true);
      try {
        const result = await request();
        await client.invalidateQueries({ queryKey: staffQueryKey });
        return result;
      } finally {
        setPending(false);
      }
    },
    [client],
  );
  return { run, isPending };
}
