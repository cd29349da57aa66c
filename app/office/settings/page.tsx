import type { Metadata } from 'next';
import { NotAllowed } from '@/components/office/not-allowed';
import { OfficeShell } from '@/components/office/office-shell';
import { CategoryVat } from '@/components/office/settings/category-vat';
import { SettingsForm } from '@/components/office/settings/settings-form';
import { timeZoneOptions } from '@/lib/schemas/location-hours';
import { pageContext } from '@/lib/server/http/page-context';
import { getLocationSettings } from '@/lib/server/settings/location-settings';
import { requireOfficeSession } from '../require-office-session';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const { actor, allowed, shell } = await requireOfficeSession('/office/settings', 'settings:manage');
  if (!allowed)
    return (
      <OfficeShell {...shell} title="Settings">
        <NotAllowed role={actor.role} />
      </OfficeShell>
    );
  const { db } = await pageContext('/office/settings');
  const settings = await getLocationSettings(db, actor);
  return (
    <OfficeShell {...shell} title="Settings">
      <SettingsForm initial={settings} zones={timeZoneOptions()} />
      <div className="mt-8 max-w-[1120px] border-t border-line pt-8">
        <CategoryVat />
      </div>
    </OfficeShell>
  );
}
