'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMeResponse } from '@/lib/schemas/session';
import { callApi } from './call-api';

export const meQueryKey = ['me'] as const;

/**
 * Who is signed in and their location's settings, starting from what the page was rendered with
 * and read again when the office changes a setting (realtime), so tips, limits and hours are live
 * on every till without a reload.
 */
export function useMe(initial: TMeResponse): TMeResponse {
  const query = useQuery({
    // Per person and device: the query client outlives a sign-out, and the next cashier must never
    // be shown the last one's name, role or "order ready" toasts.
    queryKey: [...meQueryKey, initial.user.id, initial.device?.id ?? null],
    queryFn: ({ signal }) => callApi('me', { signal }),
    initialData: initial,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return query.data;
}

/** The signed-in person's `me` as the screen last had it (kept offline), for a sheet opened from the till. */
export function useKnownMe(): TMeResponse | undefined {
  const queryClient = useQueryClient();
  return queryClient
    .getQueriesData<TMeResponse>({ queryKey: meQueryKey })
    .map(([, data]) => data)
    .find((data): data is TMeResponse => data !== undefined);
}
