'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { formatPairingCode } from '@/lib/domain/pairing-code';
import type { TPairingCodeResponse } from '@/lib/schemas/devices';
import { Button } from '../ui/button';
import { ChoiceButton } from '../ui/choice-button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { Select } from '../ui/select';
import { Sheet } from '../ui/sheet';

type Kind = 'TILL' | 'KITCHEN';
type Station = { id: string; name: string };

const time = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/**
 * "Pair a new till": the manager names the device here and gets a one-time code to type on it, so
 * nobody signs in with a manager's password on the shared iPad.
 */
export function PairNewDevice({ stations }: { stations: Station[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="lg" onClick={() => setOpen(true)}>
        Pair a new till
      </Button>
      {open ? <PairingCodeSheet stations={stations} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PairingCodeSheet({ stations, onClose }: { stations: Station[]; onClose: () => void }) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>('TILL');
  const [name, setName] = useState('');
  const [stationId, setStationId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<TPairingCodeResponse | null>(null);

  function close() {
    // A device paired while the code was showing appears in the list behind.
    router.refresh();
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setMade(
        await callApi('createPairingCode', {
          body: { name, kind, ...(kind === 'KITCHEN' && stationId ? { stationId } : {}) },
        }),
      );
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught.message : 'Could not make a code. Check the connection and try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  if (made)
    return (
      <Sheet
        placement="side"
        title={`Code for ${made.name}`}
        onClose={close}
        footer={
          <Button size="lg" className="w-full" onClick={close}>
            Done
          </Button>
        }
      >
        <div className="flex flex-col gap-5">
          <p className="text-lg text-ink">
            On the new {made.kind === 'TILL' ? 'till' : 'kitchen screen'}, open Fynlo, choose{' '}
            <strong>I have a code</strong> and type:
          </p>
          <p
            aria-label={`Pairing code ${made.code.split('').join(' ')}`}
            className="rounded-tile bg-surface-sunken p-6 text-center font-mono text-6xl font-bold tracking-widest text-ink tabular-nums"
          >
            {formatPairingCode(made.code)}
          </p>
          <Notice>
            Works once, until {time(made.expiresAt)}. Anyone with it can pair a device here, so keep it to yourself.
          </Notice>
        </div>
      </Sheet>
    );

  return (
    <Sheet
      placement="side"
      title="Pair a new till"
      subtitle="Get a one-time code to type on the new device"
      onClose={close}
      footer={
        <Button type="submit" form="pairing-code" size="lg" busy={busy} className="w-full">
          Make a code
        </Button>
      }
    >
      <form id="pairing-code" onSubmit={(event) => void submit(event)} className="flex flex-col gap-5">
        {error ? <Notice tone="error">{error}</Notice> : null}
        <fieldset className="flex flex-col gap-3">
          <legend className="pb-1.5 text-sm font-semibold text-ink">The new device is a…</legend>
          <div role="radiogroup" aria-label="The new device is a" className="grid grid-cols-2 gap-2">
            <ChoiceButton kind="radio" selected={kind === 'TILL'} onSelect={() => setKind('TILL')}>
              Till
            </ChoiceButton>
            <ChoiceButton kind="radio" selected={kind === 'KITCHEN'} onSelect={() => setKind('KITCHEN')}>
              Kitchen screen
            </ChoiceButton>
          </div>
        </fieldset>
        <Field
          label="Device name"
          hint="Shown on the PIN pad and in this list, e.g. Bar till"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={60}
        />
        {kind === 'KITCHEN' ? (
          <Select label="Station" value={stationId} onChange={(event) => setStationId(event.target.value)}>
            <option value="">All stations (expo / pass)</option>
            {stations.map((station) => (
              <option key={station.id} value={station.id}>
                {station.name}
              </option>
            ))}
          </Select>
        ) : null}
      </form>
    </Sheet>
  );
}
