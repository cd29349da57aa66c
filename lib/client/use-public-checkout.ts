'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { TPublicCheckout } from '@/lib/schemas/checkout';
import { callApi } from './call-api';
import { isCheckoutFinal } from './checkout-status';

/** Without a live socket the page still learns the outcome: it asks every few seconds. */
const POLL_WITHOUT_SOCKET_MS = 4_000;

export const publicCheckoutKey = (token: string) => ['public-checkout', token] as const;

/**
 * The customer's checkout, kept live: the sidecar's `checkout:{token}` room says when it moved and
 * the page reads it again over HTTP (the room carries no bill data). When the socket is down, or
 * the phone comes back from the bank app, it reads again on its own.
 */
export function usePublicCheckout(token: string, initial: TPublicCheckout, realtimeUrl: string) {
  const queryClient = useQueryClient();
  const [isLive, setIsLive] = useState(false);
  const query = useQuery({
    queryKey: publicCheckoutKey(token),
    queryFn: ({ signal }) => callApi('publicCheckout', { params: { token }, signal }).then((body) => body.checkout),
    initialData: initial,
    staleTime: 0,
    refetchOnWindowFocus: true,
    refetchInterval: (current) =>
      !isLive && current.state.data && !isCheckoutFinal(current.state.data.status) ? POLL_WITHOUT_SOCKET_MS : false,
  });
  const isFinal = isCheckoutFinal(query.data.status);

  useEffect(() => {
    if (isFinal) return;
    let stopped = false;
    let close = () => undefined as void;
    // Loaded after the page is on screen, so the bill shows without waiting for socket.io.
    void import('socket.io-client').then(({ io }) => {
      if (stopped) return;
      const socket = io(realtimeUrl, {
        transports: ['websocket'],
        auth: { checkoutToken: token },
        reconnectionDelayMax: 5_000,
      });
      socket.on('connect', () => {
        setIsLive(true);
        void queryClient.invalidateQueries({ queryKey: publicCheckoutKey(token) });
      });
      socket.on('disconnect', () => setIsLive(false));
      socket.on('connect_error', () => setIsLive(false));
      socket.on('checkout', () => void queryClient.invalidateQueries({ queryKey: publicCheckoutKey(token) }));
      close = () => socket.disconnect();
    });
    return () => {
      stopped = true;
      close();
    };
  }, [isFinal, queryClient, realtimeUrl, token]);

  return { checkout: query.data, isLive };
}
