'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { signInWithPin } from '@/lib/client/auth';
import { unlockScreen } from '@/lib/client/offline/screen-lock';
import { useApplyWaitingUpdate } from '@/lib/client/offline/screen-worker';
import { Button } from '../ui/button';
import { PinPad } from '../ui/pin-pad';
import { ChoosePin } from './choose-pin';

export type PinSignInProps = {
  deviceName: string;
  locationName: string;
  /** ISO time until which PIN sign-in is locked on this device. */
  lockedUntil: string | null;
  /** Why the pad is showing, e.g. after the idle lock. */
  notice?: string;
  /**
   * false when the pad covers a signed-in screen locked on the device (its unsent changes live in
   * memory): a waiting update is not applied there.
   */
  applyUpdates?: boolean;
};

function remaining(until: number, now: number) {
  const seconds = Math.max(0, Math.ceil((until - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The PIN pad that opens a till or kitchen screen for one member of staff. */
export function PinSignIn({
  deviceName,
  locationName,
  lockedUntil: initialLock,
  notice,
  applyUpdates = true,
}: PinSignInProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lockedUntil, setLockedUntil] = useState<number | null>(initialLock ? Date.parse(initialLock) : null);
  const [now, setNow] = useState(() => Date.now());
  const [choosing, setChoosing] = useState(false);
  // A new version of the app waiting: nobody is mid-order at the PIN pad, so it applies now.
  useApplyWaitingUpdate(applyUpdates);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (!lockedUntil) return;
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= lockedUntil) {
        setLockedUntil(null);
        setError(null);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [lockedUntil]);

  async function submit(pin: string) {
    setBusy(true);
    setError(null);
    try {
      const outcome = await signInWithPin(pin);
      if (outcome.ok) {
        unlockScreen();
        router.refresh();
        return;
      }
      if (outcome.code === 'locked') {
        const response = await fetch('/api/v1/devices/current', { cache: 'no-store' });
        const body: unknown = await response.json().catch(() => null);
        const until = (body as { device?: { pinLockedUntil?: string | null } } | null)?.device?.pinLockedUntil;
        setLockedUntil(until ? Date.parse(until) : Date.now() + 5 * 60_000);
        setNow(Date.now());
      } else if (outcome.code === 'unpaired') {
        router.refresh();
      } else {
        setError('That PIN was not recognised. Try again.');
      }
    } catch {
      setError('Cannot reach the server. Check the connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  const isLocked = lockedUntil !== null && lockedUntil > now;
  const message = isLocked
    ? `Too many wrong PINs. PIN sign-in on this device is locked — try again in ${remaining(lockedUntil, now)}.`
    : (error ?? saved ?? notice);

  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-surface p-6">
      <header className="text-center">
        <p className="text-base font-medium text-ink-muted">{locationName}</p>
        <h1 className="text-3xl font-bold text-ink">{deviceName}</h1>
      </header>
      <div className="rounded-sheet bg-surface-raised p-8 shadow-sheet">
        {choosing ? (
          <ChoosePin
            onCancel={(savedNotice) => {
              setChoosing(false);
              setSaved(savedNotice ?? null);
            }}
          />
        ) : (
          <div className="flex flex-col items-center gap-4">
            <PinPad
              onSubmit={submit}
              busy={busy}
              disabled={isLocked}
              message={message}
              tone={isLocked || error ? 'error' : 'info'}
            />
            <Button variant="ghost" size="lg" onClick={() => setChoosing(true)} disabled={busy}>
              New here? Choose your PIN
            </Button>
          </div>
        )}
      </div>
    </main>
  );
}
