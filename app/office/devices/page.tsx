import type { Metadata } from 'next';
import { DevicesTable } from '@/components/office/devices-table';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { PairNewDevice } from '@/components/office/pair-new-device';
import { LinkButton } from '@/components/ui/link-button';
import { findDevices } from '@/lib/server/devices/find-devices';
import { pageContext } from '@/lib/server/http/page-context';
import { getMenu } from '@/lib/server/menu/get-menu';
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
  const [devices, { stations }] = await Promise.all([findDevices({ db, actor }), getMenu({ db, actor })]);
  const actions = (
    <div className="flex flex-wrap gap-2">
      <LinkButton variant="secondary" href="/pair?kind=TILL">
        Pair this browser
      </LinkButton>
      <PairNewDevice stations={stations} />
    </div>
  );
  return (
    <OfficeShell {...shell} title="Devices" action={actions}>
      <DevicesTable devices={devices} />
    </OfficeShell>
  );
}
