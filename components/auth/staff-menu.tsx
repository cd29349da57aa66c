'use client';

import { LogOut, Users } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signOutHere } from '@/lib/client/auth';
import { lockScreen } from '@/lib/client/offline/screen-lock';
import { useIdleTimer } from '@/lib/client/use-idle-timer';
import { Button } from '../ui/button';

export type StaffMenuProps = { name: string; role: string; idleLockSeconds: number; basePath: '/till' | '/kitchen' };

/**
 * Who is signed in, with fast user switch and sign-out. Both leave the device paired and at the
 * PIN pad; so does the idle lock after the location's idle time.
 */
export function StaffMenu({ name, role, idleLockSeconds, basePath }: StaffMenuProps) {
  const router = useRouter();
  const [busy, setBusy] = useState<'switch' | 'out' | null>(null);

  async function leave(reason: 'switch' | 'out' | 'idle') {
    if (reason !== 'idle') setBusy(reason);
    // Locked on the device first: with the network down the sign-out below fails, and the screen
    // must still close (and stay closed across a reload of the kept page).
    lockScreen();
    try {
      await signOutHere();
    } catch {
      setBusy(null);
      return;
    }
    router.replace(reason === 'idle' ? `${basePath}?locked=idle` : basePath);
    router.refresh();
  }

  useIdleTimer(idleLockSeconds, () => void leave('idle'));

  return (
    <div className="flex min-w-0 items-center gap-3">
      {/* The name gives way (truncated, whole in its title) before a button or the connection word does. */}
      <span className="flex min-w-0 flex-col text-base font-semibold leading-tight text-ink" title={name}>
        <span className="truncate">{name}</span>
        <span className="text-sm font-normal text-ink-muted">{role.charAt(0) + role.slice(1).toLowerCase()}</span>
      </span>
      <Button
        variant="secondary"
        className="whitespace-nowrap"
        onClick={() => void leave('switch')}
        busy={busy === 'switch'}
      >
        <Users aria-hidden className="size-5" /> Switch user
      </Button>
      {/* Below xl (an iPad's bottom bar) the word gives way to the icon, still named for VoiceOver. */}
      <Button
        variant="ghost"
        className="whitespace-nowrap"
        aria-label="Sign out"
        title="Sign out"
        onClick={() => void leave('out')}
        busy={busy === 'out'}
      >
        <LogOut aria-hidden className="size-5" /> <span className="hidden xl:inline">Sign out</span>
      </Button>
    </div>
  );
}
