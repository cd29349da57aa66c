import type { Metadata } from 'next';
import { DevicesTable } from '@/components/office/devices-table';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { LinkButton } from '@/components/ui/link-button';
import { findDevices } from '@/lib/server/devices/find-devices';
import { pageContext } from '@/lib/server/http/page-context';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Devices' };

export default async function DevicesPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/devices', 'devices:manage');
  if (!allowed)
    return (
      <OfficeShell {...shell} title="Devices">
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const { db } = await pageContext('/office/devices');
  const devices = await findDevices({ db, actor });
  return (
    <OfficeShell {...shell} title="Devices" action={<LinkButton href="/pair?kind=TILL">Pair this browser</LinkButton>}>
      <DevicesTable devices={devices} />
    </OfficeShell>
  );
}
