'use client';

import { useIsScreenLocked } from '@/lib/client/offline/screen-lock';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { PinSignIn } from './pin-sign-in';

export type ScreenLockProps = { deviceName: string; locationName: string };

/**
 * Covers a signed-in till or kitchen screen that was locked on the device (switch user, sign out
 * or the idle lock) while the server could not be told: the PIN pad, over everything, until a
 * PIN sign-in succeeds. Nothing under it can be reached, reloaded or not.
 */
export function ScreenLock({ deviceName, locationName }: ScreenLockProps) {
  const isLocked = useIsScreenLocked();
  const isOffline = useIsOffline();
  if (!isLocked) return null;
  return (
    <div role="dialog" aria-modal="true" aria-label="Screen locked" className="fixed inset-0 z-50 overflow-auto">
      <PinSignIn
        deviceName={deviceName}
        locationName={locationName}
        lockedUntil={null}
        applyUpdates={false}
        notice={
          isOffline
            ? 'Locked. PIN sign-in needs the network, which is down: it opens when the network is back.'
            : 'Locked. Enter your PIN to carry on.'
        }
      />
    </div>
  );
}
