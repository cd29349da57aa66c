import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { SettingsForm } from '@/components/office/settings/settings-form';
import { getDb } from '@/lib/db';
import { getLocationSettings } from '@/lib/server/settings/location-settings';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { actor, me, allowed } = await requireOfficeSession('/office/settings', 'settings:manage');
  const shell = {
    current: '/office/settings' as const,
    title: 'Settings',
    userName: me.user.name,
    locationName: me.location.name,
  };
  if (!allowed)
    return (
      <OfficeShell {...shell}>
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const settings = await getLocationSettings(getDb(), actor);
  return (
    <OfficeShell {...shell}>
      <SettingsForm initial={settings} />
    </OfficeShell>
  );
}
