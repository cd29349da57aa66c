'use client';

import { useState } from 'react';
import { pinProblem } from '@/lib/client/staff-form';
import type { TTillPinCode } from '@/lib/schemas/staff';
import { Button } from '../../ui/button';
import { PinFields } from './pin-fields';
import { TillPinCodeNotice } from './till-pin-code-notice';

export type ResetPinProps = {
  name: string;
  hasPin: boolean;
  /** Your own PIN: saving it signs you out too, here included. */
  isSelf: boolean;
  busy: boolean;
  /** Saves the PIN; true when it was saved (the fields clear). */
  onSave: (pin: string) => Promise<boolean>;
  /** Makes a one-time code for them to choose their own PIN on a till; null when it failed. */
  onMakeCode: () => Promise<TTillPinCode | null>;
};

/**
 * "Reset PIN": a new PIN typed twice (saving it signs the person out everywhere), or a one-time
 * code with which they choose it themselves on a till.
 */
export function ResetPin({ name, hasPin, isSelf, busy, onSave, onMakeCode }: ResetPinProps) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState<TTillPinCode | null>(null);
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
          : `${name} has no PIN yet, so they cannot sign in on a till. Set one, or give them a code to choose it on a till.`}
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
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {hasPin ? 'Reset PIN…' : 'Set PIN…'}
          </Button>
          {isSelf ? null : (
            <Button variant="secondary" busy={busy} onClick={() => void onMakeCode().then(setCode)}>
              {code ? 'Make a new till code' : 'Make a till code'}
            </Button>
          )}
        </div>
      )}
      {code ? <TillPinCodeNotice name={name} tillPinCode={code} /> : null}
    </section>
  );
}
