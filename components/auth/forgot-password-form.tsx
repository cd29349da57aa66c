'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';

/** "Forgot password?": asks for a reset link. The answer is the same whether or not the email is known. */
export function ForgotPasswordForm() {
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim();
    if (!email) return setError('Enter the email you sign in with.');
    setBusy(true);
    setError(null);
    try {
      await callApi('requestPasswordReset', { body: { email } });
      setSent(true);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Cannot reach the server. Check the connection.');
    }
    setBusy(false);
  }

  if (sent)
    return (
      <div className="flex flex-col gap-5">
        <Notice tone="success">
          If an account uses that email, a link to choose a new password is on its way. It works once, for 30 minutes.
          Nothing arrived? Check spam, or ask your manager.
        </Notice>
        <Link href="/login" className="text-base font-semibold text-brand underline">
          Back to sign in
        </Link>
      </div>
    );

  return (
    <form onSubmit={submit} className="flex w-full flex-col gap-5" noValidate>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <Button type="submit" size="lg" busy={busy}>
        Send me a link
      </Button>
      <Link href="/login" className="text-base font-semibold text-brand underline">
        Back to sign in
      </Link>
    </form>
  );
}
