'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { signInWithPassword } from '@/lib/client/auth';
import { callApi } from '@/lib/client/call-api';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { MIN_PASSWORD_LENGTH } from '@/lib/schemas/password';

/**
 * Chooses a password through an invite or reset link, then signs in with it and opens the office.
 * The server checks the link once more (it may have been used in another tab meanwhile).
 */
export function SetPasswordForm({ kind, token }: { kind: 'invite' | 'reset'; token: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<{ field: 'password' | 'confirm'; message: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get('password') ?? '');
    const confirm = String(form.get('confirm') ?? '');
    setError(null);
    if (password.length < MIN_PASSWORD_LENGTH)
      return setFieldError({ field: 'password', message: `Use at least ${MIN_PASSWORD_LENGTH} characters` });
    if (password !== confirm) return setFieldError({ field: 'confirm', message: 'The two passwords are not the same' });
    setFieldError(null);
    setBusy(true);
    try {
      const body = { token, password };
      const { email } =
        kind === 'invite' ? await callApi('acceptInvite', { body }) : await callApi('confirmPasswordReset', { body });
      const signedIn = await signInWithPassword(email, password);
      if (signedIn.ok) {
        router.replace('/office');
        router.refresh();
        return;
      }
      router.replace('/login');
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Cannot reach the server. Check the connection.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex w-full flex-col gap-5" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; a few words together are easy to remember`}
        error={fieldError?.field === 'password' ? fieldError.message : undefined}
        required
        autoFocus
      />
      <Field
        label="Type it again"
        name="confirm"
        type="password"
        autoComplete="new-password"
        error={fieldError?.field === 'confirm' ? fieldError.message : undefined}
        required
      />
      <Button type="submit" size="lg" busy={busy}>
        {kind === 'invite' ? 'Set password and sign in' : 'Save new password and sign in'}
      </Button>
    </form>
  );
}
