'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCashSession } from '@/lib/schemas/payments';
import { apiFetch } from './api';
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
    queryFn: ({ signal }) =>
      apiFetch<{ cashSessions: TCashSession[] }>('/api/v1/cash-sessions?status=OPEN', { signal }),
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

const post = (path: string, body: unknown, idempotencyKey: string) =>
  apiFetch<SessionAnswer>(path, { method: 'POST', body, idempotencyKey });

/** Opens this till's drawer with a float. */
export function useOpenDrawer() {
  return useDrawerChange<{ floatPence: number }>(({ floatPence }, key) =>
    post('/api/v1/cash-sessions', { floatPence }, key),
  );
}

export type CashMovementKind = TCashSession['movements'][number]['kind'];

/** Pay in, pay out, safe drop, or open the drawer with no sale (always with a reason). */
export function useCashMovement() {
  return useDrawerChange<{ sessionId: string; kind: CashMovementKind; amountPence: number; reason: string }>(
    ({ sessionId, ...movement }, key) => post(`/api/v1/cash-sessions/${sessionId}/movements`, movement, key),
  );
}

/** Closes the drawer with its count; past the variance limit the same close goes again with a manager's PIN. */
export function useCloseDrawer() {
  return useDrawerChange<{ sessionId: string; denominations: Record<string, number>; approval?: { pin: string } }>(
    ({ sessionId, denominations, approval }, key) =>
      post(`/api/v1/cash-sessions/${sessionId}/close`, { denominations, approval }, key),
  );
}
