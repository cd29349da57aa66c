'use client';

import { type QueryClient, useMutation, useMutationState, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { TKitchenTicket } from '@/lib/schemas/kitchen';
import { callApi } from './call-api';
import { newId } from './new-id';
import { retryNetworkErrors } from './order-cache';
import { kitchenTicketsQueryKey } from './realtime';

type TicketList = { tickets: TKitchenTicket[] };

/** The tickets on the pass for one station, or every station (expo) with `stationId` null. */
export const openTicketsQueryKey = (stationId: string | null) =>
  [...kitchenTicketsQueryKey, 'open', stationId ?? 'all'] as const;
const bumpedTicketsQueryKey = (stationId: string | null) =>
  [...kitchenTicketsQueryKey, 'bumped', stationId ?? 'all'] as const;

const ON_THE_PASS: readonly TKitchenTicket['status'][] = ['NEW', 'IN_PROGRESS', 'READY'];
const RECALLABLE_COUNT = 10;

/**
 * Tickets still on the pass, oldest first. Realtime events refresh them at once; the 5 s poll is
 * the safety net for a screen whose live link is down.
 */
export function useKitchenTickets(stationId: string | null) {
  return useQuery({
    queryKey: openTicketsQueryKey(stationId),
    queryFn: ({ signal }) => callApi('kitchenTickets', { query: { stationId: stationId ?? undefined }, signal }),
    refetchInterval: 5_000,
    staleTime: 0,
  });
}

/** The last tickets bumped off this screen, most recently bumped first (for "Recall last"). */
export function useBumpedTickets(stationId: string | null) {
  return useQuery({
    queryKey: bumpedTicketsQueryKey(stationId),
    queryFn: ({ signal }) =>
      callApi('kitchenTickets', { query: { stationId: stationId ?? undefined, status: 'BUMPED' }, signal }),
    staleTime: 0,
    select: ({ tickets }) =>
      [...tickets]
        .sort((a, b) => Date.parse(b.bumpedAt ?? b.createdAt) - Date.parse(a.bumpedAt ?? a.createdAt))
        .slice(0, RECALLABLE_COUNT),
  });
}

/** What a tap asks of a ticket: start it, bump it (or only some items), or bring it back. */
export type TicketAction =
  | { ticketId: string; action: 'start' }
  | { ticketId: string; action: 'bump'; lineIds?: string[] }
  | { ticketId: string; action: 'recall' };

const ticketMutationKey = (ticketId: string) => ['kitchen-ticket', ticketId] as const;

/** The server's answer is the truth: patch it into the lists on screen, dropping it once bumped. */
function storeTicket(queryClient: QueryClient, ticket: TKitchenTicket) {
  const isOnThePass = ON_THE_PASS.includes(ticket.status);
  queryClient.setQueriesData<TicketList>({ queryKey: [...kitchenTicketsQueryKey, 'open'] }, (list) => {
    if (!list || !list.tickets.some((candidate) => candidate.id === ticket.id)) return list;
    return {
      tickets: isOnThePass
        ? list.tickets.map((candidate) => (candidate.id === ticket.id ? ticket : candidate))
        : list.tickets.filter((candidate) => candidate.id !== ticket.id),
    };
  });
}

export type TicketActionCallbacks = {
  onSuccess?: (action: TicketAction) => void;
  onError?: (error: Error, action: TicketAction) => void;
};

/**
 * Start, bump and recall for one ticket. Its requests run one after another (two item taps in a
 * row do not race), each with its own Idempotency-Key, retried on a network blip. The callbacks
 * run for every request, not only the latest.
 */
export function useTicketAction(ticketId: string, callbacks: TicketActionCallbacks = {}) {
  const queryClient = useQueryClient();
  const latest = useRef(callbacks);
  useEffect(() => {
    latest.current = callbacks;
  });
  const mutation = useMutation({
    mutationKey: ticketMutationKey(ticketId),
    scope: { id: `kitchen-ticket-${ticketId}` },
    retry: retryNetworkErrors,
    mutationFn: (variables: TicketAction & { idempotencyKey: string }) => {
      const { ticketId: id, idempotencyKey } = variables;
      switch (variables.action) {
        case 'start':
          return callApi('startTicket', { params: { id }, idempotencyKey });
        case 'bump':
          return callApi('bumpTicket', {
            params: { id },
            body: variables.lineIds ? { lineIds: variables.lineIds } : undefined,
            idempotencyKey,
          });
        case 'recall':
          return callApi('recallTicket', { params: { id }, idempotencyKey });
      }
    },
    onSuccess: ({ ticket }, variables) => {
      storeTicket(queryClient, ticket);
      latest.current.onSuccess?.(variables);
    },
    onError: (error, variables) => latest.current.onError?.(error, variables),
    onSettled: () => queryClient.invalidateQueries({ queryKey: kitchenTicketsQueryKey }),
  });
  // Every request of this ticket still running, so each tapped item keeps its own spinner.
  const pending = useMutationState({
    filters: { mutationKey: ticketMutationKey(ticketId), status: 'pending' },
    select: (each) => each.state.variables as TicketAction | undefined,
  });
  const run = (action: TicketAction) => mutation.mutate({ ...action, idempotencyKey: newId() });
  return { run, pending: pending.filter((action) => action !== undefined) };
}
