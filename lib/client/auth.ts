'use client';

import { signIn, signOut } from 'next-auth/react';

export type SignInOutcome = { ok: true } | { ok: false; code: string };

/** Staff PIN sign-in on this paired device; `code` is 'invalid', 'locked' or 'unpaired'. */
export async function signInWithPin(pin: string): Promise<SignInOutcome> {
  const result = await signIn('pin', { pin, redirect: false });
  return result?.error ? { ok: false, code: result.code ?? 'invalid' } : { ok: true };
}

/** Back-office sign-in; `code` is 'invalid' or 'rate_limited'. */
export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  const result = await signIn('password', { email, password, redirect: false });
  return result?.error ? { ok: false, code: result.code ?? 'invalid' } : { ok: true };
}

/** Ends this person's session; the device stays paired. */
export async function signOutHere(): Promise<void> {
  await signOut({ redirect: false });
}
