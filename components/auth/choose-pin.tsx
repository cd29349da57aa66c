'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError } from '@/lib/client/api-error';
import { signInWithPin } from '@/lib/client/auth';
import { callApi } from '@/lib/client/call-api';
import { unlockScreen } from '@/lib/client/offline/screen-lock';
import { TILL_PIN_CODE_LENGTH } from '@/lib/domain/till-pin-code';
import { Button } from '../ui/button';
import { PinPad } from '../ui/pin-pad';

type Step =
  | { kind: 'code'; message?: string }
  | { kind: 'pin'; code: string; name: string; message?: string }
  | { kind: 'confirm'; code: string; name: string; pin: string };

const OFFLINE = 'Cannot reach the server. Check the connection and try again.';
const failure = (caught: unknown) =>
  caught instanceof ApiError && caught.code !== 'NETWORK' ? caught.message : OFFLINE;

/**
 * A new member of staff chooses their own PIN on this paired till: the 8-digit code from the
 * office, then the PIN twice; saved, it signs them in. `onCancel` returns to the PIN pad, with a
 * notice to show there when there is one.
 */
export function ChoosePin({ onCancel }: { onCancel: (notice?: string) => void }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: 'code' });
  const [busy, setBusy] = useState(false);

  async function checkCode(code: string) {
    setBusy(true);
    try {
      const { name } = await callApi('choosePin', { body: { code } });
      setStep({ kind: 'pin', code, name });
    } catch (caught) {
      setStep({ kind: 'code', message: failure(caught) });
    } finally {
      setBusy(false);
    }
  }

  async function save(code: string, name: string, pin: string) {
    setBusy(true);
    try {
      // A retry after a lost answer is safe: the same code with the same PIN answers "set" again.
      await callApi('choosePin', { body: { code, pin } });
    } catch (caught) {
      setBusy(false);
      if (caught instanceof ApiError && caught.code === 'CONFLICT')
        return setStep({ kind: 'pin', code, name, message: caught.message });
      return setStep({ kind: 'code', message: failure(caught) });
    }
    const signedIn = await signInWithPin(pin).catch(() => ({ ok: false }) as const);
    if (signedIn.ok) {
      unlockScreen();
      return router.refresh();
    }
    setBusy(false);
    onCancel('Your PIN is saved. Sign in with it.');
  }

  return (
    <div className="flex flex-col items-center gap-4">
      {step.kind === 'code' ? (
        <PinPad
          key="code"
          label="Type the code from your manager"
          minDigits={TILL_PIN_CODE_LENGTH}
          maxDigits={TILL_PIN_CODE_LENGTH}
          busy={busy}
          onSubmit={(code) => void checkCode(code)}
          message={step.message ?? '8 digits, shown when they added you'}
          tone={step.message ? 'error' : 'info'}
        />
      ) : null}
      {step.kind === 'pin' ? (
        <PinPad
          key="pin"
          label={`Hi ${step.name}, choose a PIN`}
          busy={busy}
          onSubmit={(pin) => setStep({ kind: 'confirm', code: step.code, name: step.name, pin })}
          message={step.message ?? '4 to 6 digits that only you know'}
          tone={step.message ? 'error' : 'info'}
        />
      ) : null}
      {step.kind === 'confirm' ? (
        <PinPad
          key="confirm"
          label="Type your new PIN again"
          busy={busy}
          onSubmit={(pin) =>
            pin === step.pin
              ? void save(step.code, step.name, pin)
              : setStep({
                  kind: 'pin',
                  code: step.code,
                  name: step.name,
                  message: 'The two PINs were different. Choose again.',
                })
          }
          message="So we know it is the one you meant"
        />
      ) : null}
      <Button variant="ghost" size="lg" onClick={() => onCancel()} disabled={busy}>
        Back to sign in
      </Button>
    </div>
  );
}
