'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCashSession } from '@/lib/schemas/payments';
import { type ApiBody, callApi } from './call-api';
import { newId } from './new-id';
import { retryNetworkErrors } from './order-cache';

export const cashSessionsQueryKey = ['cash-sessions'] as const;

type SessionAnswer = { cashSession: TCashSession };

/**
 * This till's open drawer (null when none is open), with what should be in it now. Always fetched
 * afresh when a view opens it: sales and refunds since change the figure.
 */
export function useTillDrawer(deviceId: string | null) {
  return useQuery({
    staleTime: 0,
    queryKey: [...cashSessionsQueryKey, 'OPEN'],
    queryFn: ({ signal }) => callApi('listCashSessions', { query: { status: 'OPEN' }, signal }),
    select: (data) => data.cashSessions.find((session) => session.deviceId === deviceId) ?? null,
    enabled: deviceId !== null,
  });
}

/**
 * A drawer change. Each tap gets its own Idempotency-Key (network retries keep it); the answer
 * refreshes what the till knows about its drawer.
 */
function useDrawerChange<V>(request: (variables: V, idempotencyKey: string) => Promise<SessionAnswer>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    retry: retryNetworkErrors,
    mutationFn: ({ variables, idempotencyKey }: { variables: V; idempotencyKey: string }) =>
      request(variables, idempotencyKey),
    onSettled: () => queryClient.invalidateQueries({ queryKey: cashSessionsQueryKey }),
  });
  const run = (variables: V, options?: { onSuccess?: (answer: SessionAnswer) => void }) =>
    mutation.mutate({ variables, idempotencyKey: newId() }, { onSuccess: (answer) => options?.onSuccess?.(answer) });
  return { ...mutation, run };
}

/** Opens this till's drawer with a float. */
export function useOpenDrawer() {
  return useDrawerChange((body: ApiBody<'openCashSession'>, idempotencyKey) =>
    callApi('openCashSession', { body, idempotencyKey }),
  );
}

export type CashMovementKind = TCashSession['movements'][number]['kind'];

/** Pay in, pay out, safe drop, or open the drawer with no sale (always with a reason). */
export function useCashMovement() {
  return useDrawerChange(({ sessionId, ...body }: ApiBody<'cashMovement'> & { sessionId: string }, idempotencyKey) =>
    callApi('cashMovement', { params: { id: sessionId }, body, idempotencyKey }),
  );
}

/** Closes the drawer with its count; past the variance limit the same close goes again with a manager's PIN. */
export function useCloseDrawer() {
  return useDrawerChange(
    ({ sessionId, ...body }: ApiBody<'closeCashSession'> & { sessionId: string }, idempotencyKey) =>
      callApi('closeCashSession', { params: { id: sessionId }, body, idempotencyKey }),
  );
}
