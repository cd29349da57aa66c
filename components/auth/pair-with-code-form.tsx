'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { Button } from '../ui/button';
import { Field } from '../ui/field';

/**
 * The new iPad's side of pairing by code: type the code a manager made on the Devices page, and
 * land on the PIN pad of the till (or kitchen screen) it names. No one signs in here.
 */
export function PairWithCodeForm() {
  const router = useRouter();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const { device } = await callApi('pairWithCode', { body: { code } });
      router.replace(device.kind === 'TILL' ? '/till' : '/kitchen');
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Pairing failed. Check the connection and try again.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="flex w-full flex-col gap-6">
      <Field
        label="Pairing code"
        name="code"
        value={code}
        onChange={(event) => {
          setCode(event.target.value.toUpperCase());
          setError(undefined);
        }}
        hint="8 letters and numbers from the Devices page in the back office, like ABCD-2345"
        error={error}
        required
        maxLength={32}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        className="[&_input]:font-mono [&_input]:text-3xl [&_input]:tracking-widest"
      />
      <Button type="submit" size="lg" busy={busy}>
        Pair with this code
      </Button>
    </form>
  );
}
