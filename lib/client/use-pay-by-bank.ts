'use client';

import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { ApiError } from './api-error';
import { callApi } from './call-api';

/**
 * Starts pay by bank and sends the phone to the bank. One Idempotency-Key per attempt: a double
 * tap, or a retry after the network dropped the answer, starts one payment, not two.
 */
export function usePayByBank(token: string) {
  const attemptKey = useRef<string | null>(null);
  const mutation = useMutation({
    mutationFn: (input: { tipPence: number }) => {
      attemptKey.current ??= crypto.randomUUID();
      return callApi('payByBank', {
        params: { token },
        body: { tipPence: input.tipPence },
        idempotencyKey: attemptKey.current,
      });
    },
    onSuccess: ({ redirectUrl }) => window.location.assign(redirectUrl),
    // An answer (not a dropped connection) ends the attempt: the next tap may change the tip.
    onError: (error) => {
      if (!(error instanceof ApiError && error.code === 'NETWORK')) attemptKey.current = null;
    },
  });
  return {
    ...mutation,
    /** After a declined or failed attempt the next tap is a new payment. */
    newAttempt: () => {
      attemptKey.current = null;
      mutation.reset();
    },
  };
}
