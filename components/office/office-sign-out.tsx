'use client';

import { LogOut } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { signOutHere } from '@/lib/client/auth';
import { Button } from '../ui/button';

export function OfficeSignOut() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="ghost"
      busy={busy}
      className="justify-start"
      onClick={async () => {
        setBusy(true);
        await signOutHere();
        router.replace('/login');
        router.refresh();
      }}
    >
      <LogOut aria-hidden className="size-5" /> Sign out
    </Button>
  );
}
