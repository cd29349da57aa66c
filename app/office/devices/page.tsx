import type { Metadata } from 'next';
import { DevicesTable } from '@/components/office/devices-table';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { LinkButton } from '@/components/ui/link-button';
import { getDb } from '@/lib/db';
import { findDevices } from '@/lib/server/devices/find-devices';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Devices' };

export default async function DevicesPage() {
  const { actor, me, allowed } = await requireOfficeSession('/office/devices', 'devices:manage');
  const shell = {
    current: '/office/devices' as const,
    title: 'Devices',
    userName: me.user.name,
    locationName: me.location.name,
  };
  if (!allowed)
    return (
      <OfficeShell {...shell}>
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const devices = await findDevices({ db: getDb(), actor });
  return (
    <OfficeShell {...shell} action={<LinkButton href="/pair?kind=TILL">Pair this browser</LinkButton>}>
      <DevicesTable devices={devices} />
    </OfficeShell>
  );
}
