'use client';

// The one live connection of a staff screen: keeps the socket to the realtime sidecar, tracks the
// last seq it applied, replays what it missed after a reconnect, and turns events into React Query
// invalidations, so every screen shows what the database holds without a manual refresh.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type {
  ClientToServerEvents,
  ServerToClientEvents,
  TRealtimeEvent,
  TRealtimeReady,
} from '@/lib/schemas/realtime';
import { type ApiOutput, callApi } from './call-api';
import { orderQueryKey, ordersQueryKey, tablesQueryKey } from './order-cache';
import { meQueryKey } from './use-me';
import { menuQueryKey } from './use-menu';
import { refundReviewQueryKey } from './use-refund-review';

export type RealtimeStatus = 'connecting' | 'live' | 'reconnecting';

type Listener = (event: TRealtimeEvent) => void;

type RealtimeContextValue = {
  status: RealtimeStatus;
  subscribe(listener: Listener): () => void;
};

const RealtimeContext = createContext<RealtimeContextValue>({
  status: 'connecting',
  subscribe: () => () => undefined,
});

export const kitchenTicketsQueryKey = ['kitchen', 'tickets'] as const;
export const devicesQueryKey = ['devices'] as const;

/** What each event means for the cached queries. */
export function applyRealtimeEvent(queryClient: QueryClient, event: TRealtimeEvent) {
  const invalidate = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  switch (event.type) {
    case 'order.created':
    case 'order.updated': {
      invalidate(ordersQueryKey);
      invalidate(tablesQueryKey);
      // Money that lands on a bill already settled is flagged in the same change: the office lists it.
      invalidate(refundReviewQueryKey);
      const cached = queryClient.getQueryData<{ version: number }>(orderQueryKey(event.payload.orderId));
      if (!cached || cached.version < event.payload.version) invalidate(orderQueryKey(event.payload.orderId));
      // The kitchen shows voided lines struck through and routes new lines: its tickets follow orders.
      invalidate(kitchenTicketsQueryKey);
      return;
    }
    case 'ticket.created':
    case 'ticket.updated':
      invalidate(kitchenTicketsQueryKey);
      invalidate(ordersQueryKey);
      invalidate(orderQueryKey(event.payload.orderId));
      return;
    case 'menu.updated':
      invalidate(menuQueryKey);
      // The location's settings ride on this event: tips, limits and hours live in `me`.
      if (event.payload.action === 'settings.updated') invalidate(meQueryKey);
      return;
    case 'floor.updated':
      // The office's floor editor reads the same query as the till's Tables view.
      invalidate(tablesQueryKey);
      return;
    case 'device.paired':
    case 'device.updated':
    case 'device.revoked':
      invalidate(devicesQueryKey);
      return;
    case 'checkout.updated':
      invalidate(orderQueryKey(event.payload.orderId));
      invalidate(['checkout', event.payload.checkoutId]);
      return;
    case 'user.signed_out':
    case 'user.deactivated':
    case 'user.sessions_ended':
      // Nothing cached changes; the sidecar drops the person's own sockets.
      return;
  }
}

type TokenResponse = ApiOutput<'realtimeToken'>;

/**
 * Wraps a staff screen: one socket for the whole screen. Each shell shows `ReconnectingBanner`
 * (components/ui) in its own layout, where it takes space rather than covering the screen's controls.
 */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>('connecting');
  const listeners = useRef(new Set<Listener>());
  const [value] = useState<Omit<RealtimeContextValue, 'status'>>(() => ({
    subscribe(listener) {
      listeners.current.add(listener);
      return () => listeners.current.delete(listener);
    },
  }));

  useEffect(() => {
    let socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
    let stopped = false;
    let lastSeq: number | null = null;
    let token: TokenResponse | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;

    const freshToken = async (): Promise<TokenResponse> => {
      // Reused until a minute before it expires; each handshake shows a valid one.
      if (token && new Date(token.expiresAt).getTime() - Date.now() > 60_000) return token;
      token = await callApi('realtimeToken', {});
      return token;
    };

    const start = async () => {
      let first: TokenResponse;
      try {
        first = await freshToken();
      } catch {
        // Signed out, or the app is unreachable: try again shortly (the banner says so).
        if (!stopped) retry = setTimeout(start, 3_000);
        setStatus('reconnecting');
        return;
      }
      if (stopped) return;
      socket = io(first.url, {
        transports: ['websocket'],
        reconnectionDelay: 500,
        reconnectionDelayMax: 3_000,
        auth: (callback) => {
          freshToken().then(
            (fresh) => callback({ token: fresh.token, lastSeq }),
            () => callback({ token: '', lastSeq }),
          );
        },
      });
      socket.on('event', (event) => {
        if (lastSeq !== null && event.seq <= lastSeq) return; // already applied
        lastSeq = event.seq;
        applyRealtimeEvent(queryClient, event);
        for (const listener of listeners.current) listener(event);
      });
      socket.on('ready', (ready: TRealtimeReady) => {
        // The first connection, or a gap too long to replay: refetch what is on screen.
        if (lastSeq === null || ready.resync) void queryClient.invalidateQueries();
        lastSeq = Math.max(lastSeq ?? 0, ready.lastSeq);
        setStatus('live');
      });
      socket.on('disconnect', (reason) => {
        setStatus('reconnecting');
        // The sidecar dropped us (an expired token): come back with a fresh one.
        if (reason === 'io server disconnect') socket?.connect();
      });
      socket.on('connect_error', () => setStatus('reconnecting'));
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(retry);
      socket?.disconnect();
    };
  }, [queryClient]);

  return <RealtimeContext.Provider value={{ status, subscribe: value.subscribe }}>{children}</RealtimeContext.Provider>;
}

export function useRealtimeStatus(): RealtimeStatus {
  return useContext(RealtimeContext).status;
}

/** Calls `listener` for every live event (after the cache has been updated). */
export function useRealtimeEvents(listener: Listener) {
  const { subscribe } = useContext(RealtimeContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}
