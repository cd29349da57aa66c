'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { signInWithPassword } from '@/lib/client/auth';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';

const MESSAGES: Record<string, string> = {
  invalid: 'That email and password do not match. Check them and try again.',
  rate_limited: 'Too many attempts. Wait a few minutes, then try again.',
};

/** Back-office sign-in with email and password. */
export function LoginForm({ next }: { next: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const outcome = await signInWithPassword(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
      if (outcome.ok) {
        router.replace(next);
        router.refresh();
        return;
      }
      setError(MESSAGES[outcome.code] ?? MESSAGES.invalid!);
    } catch {
      setError('Cannot reach the server. Check the connection and try again.');
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="flex w-full flex-col gap-5" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" size="lg" busy={busy}>
        Sign in
      </Button>
    </form>
  );
}
