'use client';

import { useState } from 'react';
import { pinProblem } from '@/lib/client/staff-form';
import { Button } from '../../ui/button';
import { PinFields } from './pin-fields';

export type ResetPinProps = {
  name: string;
  hasPin: boolean;
  /** Your own PIN: saving it signs you out too, here included. */
  isSelf: boolean;
  busy: boolean;
  /** Saves the PIN; true when it was saved (the fields clear). */
  onSave: (pin: string) => Promise<boolean>;
};

/** "Reset PIN": a new PIN typed twice; saving it signs the person out everywhere. */
export function ResetPin({ name, hasPin, isSelf, busy, onSave }: ResetPinProps) {
  const [open, setOpen] = useState(false);
  const [pins, setPins] = useState({ pin: '', confirm: '' });
  const [problem, setProblem] = useState<ReturnType<typeof pinProblem>>(null);

  async function save() {
    const check = pinProblem(pins.pin, pins.confirm);
    setProblem(check);
    if (check) return;
    if (await onSave(pins.pin)) {
      setPins({ pin: '', confirm: '' });
      setOpen(false);
    }
  }

  return (
    <section className="flex flex-col gap-3 border-t border-line pt-5">
      <h3 className="text-lg font-bold text-ink">Till PIN</h3>
      <p className="text-base text-ink-muted">
        {hasPin
          ? `${name} has a PIN. It is never shown; set a new one if they forgot it.`
          : `${name} has no PIN yet, so they cannot sign in on a till. Set one to let them.`}
        {isSelf ? ' A new PIN of your own signs you out everywhere, this page included.' : ''}
      </p>
      {open ? (
        <>
          <PinFields
            label="New PIN"
            confirmLabel="Confirm new PIN"
            pin={pins.pin}
            confirm={pins.confirm}
            onChange={setPins}
            error={problem}
          />
          <div className="flex gap-2">
            <Button busy={busy} onClick={() => void save()}>
              Save new PIN
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {hasPin ? 'Reset PIN…' : 'Set PIN…'}
        </Button>
      )}
    </section>
  );
}
