'use client';

import { type NetworkMode, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCashSession } from '@/lib/schemas/payments';
import { type ApiBody, callApi } from './call-api';
import { newId } from './new-id';
import { drawerWithWaiting, submitDrawerChange } from './offline/outbox';
import { useOutboxState } from './offline/use-outbox-state';
import { cashSessionsQueryKey, retryNetworkErrors } from './order-cache';

export { cashSessionsQueryKey };

/** `queued`: answered by the till (offline), to sync later; absent for a change that only goes live. */
type SessionAnswer = { cashSession: TCashSession; queued?: boolean };

/**
 * This till's open drawer (null when none is open), with what should be in it now. Always fetched
 * afresh when a view opens it: sales and refunds since change the figure. Kept on the device
 * (issue 12): offline it is the drawer the server last showed, with the movements and cash this
 * till holds that the server has not had yet folded in.
 */
export function useTillDrawer(deviceId: string | null) {
  // Re-read when the queue changes: a change made or synced moves the figure.
  useOutboxState();
  const query = useQuery({
    staleTime: 0,
    queryKey: [...cashSessionsQueryKey, 'OPEN'],
    queryFn: ({ signal }) => callApi('listCashSessions', { query: { status: 'OPEN' }, signal }),
    select: (data) => data.cashSessions.find((session) => session.deviceId === deviceId) ?? null,
    enabled: deviceId !== null,
  });
  return { ...query, data: query.data ? drawerWithWaiting(query.data) : query.data };
}

/**
 * A drawer change. Each tap gets its own Idempotency-Key (network retries keep it); the answer
 * refreshes what the till knows about its drawer.
 */
function useDrawerChange<V>(
  request: (variables: V, idempotencyKey: string) => Promise<SessionAnswer>,
  networkMode: NetworkMode = 'online',
) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    networkMode,
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

type MovementVariables = Omit<ApiBody<'cashMovement'>, 'id' | 'amountPence'> & {
  sessionId: string;
  amountPence: number;
};

/**
 * Pay in, pay out, safe drop, or open the drawer with no sale (always with a reason). Through the
 * outbox (issue 12): works offline, and the movement's id is its Idempotency-Key.
 */
export function useCashMovement() {
  return useDrawerChange(
    ({ sessionId, ...body }: MovementVariables, idempotencyKey) =>
      submitDrawerChange(
        { name: 'cashMovement', params: { id: sessionId }, body: { ...body, id: idempotencyKey } },
        idempotencyKey,
      ),
    'always',
  );
}

/** Closes the drawer with its count; past the variance limit the same close goes again with a manager's PIN. */
export function useCloseDrawer() {
  return useDrawerChange(
    ({ sessionId, ...body }: ApiBody<'closeCashSession'> & { sessionId: string }, idempotencyKey) =>
      callApi('closeCashSession', { params: { id: sessionId }, body, idempotencyKey }),
  );
}
