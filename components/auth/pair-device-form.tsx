'use client';

import { ChefHat, MonitorSmartphone } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { callApi } from '@/lib/client/call-api';
import { signOutHere } from '@/lib/client/auth';
import { Button } from '../ui/button';
import { Field } from '../ui/field';
import { Notice } from '../ui/notice';
import { Select } from '../ui/select';

type Kind = 'TILL' | 'KITCHEN';
export type PairDeviceFormProps = { initialKind: Kind; stations: { id: string; name: string }[]; managerName: string };

const KINDS: { kind: Kind; title: string; body: string; Icon: typeof ChefHat }[] = [
  { kind: 'TILL', title: 'Till', body: 'Take orders and payments', Icon: MonitorSmartphone },
  { kind: 'KITCHEN', title: 'Kitchen screen', body: 'Show and bump tickets', Icon: ChefHat },
];

/**
 * Pairs this browser, then signs the manager out of it so the device is left at the PIN pad
 * rather than with a back-office session open.
 */
export function PairDeviceForm({ initialKind, stations, managerName }: PairDeviceFormProps) {
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(initialKind);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const stationId = String(form.get('stationId') ?? '');
    setBusy(true);
    setError(null);
    try {
      await callApi('pairDevice', {
        body: { name: String(form.get('name') ?? ''), kind, ...(kind === 'KITCHEN' && stationId ? { stationId } : {}) },
      });
      await signOutHere();
      router.replace(kind === 'TILL' ? '/till' : '/kitchen');
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Pairing failed. Try again.');
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex w-full flex-col gap-6">
      <p className="text-base text-ink-muted">
        Signed in as {managerName}. After pairing you are signed out here, and staff sign in with their PINs.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <fieldset className="grid grid-cols-2 gap-4">
        <legend className="mb-2 text-sm font-semibold text-ink">This device is a…</legend>
        {KINDS.map(({ kind: option, title, body, Icon }) => (
          <label
            key={option}
            className={`flex min-h-28 cursor-pointer flex-col items-start gap-1 rounded-tile border-2 p-4 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand ${kind === option ? 'border-brand bg-brand-soft' : 'border-line bg-surface-raised'}`}
          >
            <input
              type="radio"
              name="kind"
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
              className="sr-only"
            />
            <Icon aria-hidden className="size-7 text-brand" />
            <span className="text-lg font-bold text-ink">{title}</span>
            <span className="text-sm text-ink-muted">{body}</span>
          </label>
        ))}
      </fieldset>
      <Field
        key={kind}
        label="Device name"
        name="name"
        defaultValue={kind === 'TILL' ? 'Front counter till' : 'Kitchen screen'}
        hint="Shown on the PIN pad and in Devices"
        required
        maxLength={60}
      />
      {kind === 'KITCHEN' ? (
        <Select label="Station" name="stationId">
          <option value="">All stations (expo / pass)</option>
          {stations.map((station) => (
            <option key={station.id} value={station.id}>
              {station.name}
            </option>
          ))}
        </Select>
      ) : null}
      <Button type="submit" size="lg" busy={busy}>
        Pair this device
      </Button>
    </form>
  );
}
