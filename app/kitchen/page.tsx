import type { Metadata } from 'next';
import { PinSignIn } from '@/components/auth/pin-sign-in';
import { UnpairedScreen } from '@/components/auth/unpaired-screen';
import { KitchenShell } from '@/components/kitchen/kitchen-shell';
import { LinkButton } from '@/components/ui/link-button';
import { pageContext } from '@/lib/server/http/page-context';
import { getKitchenScreen } from '@/lib/server/kitchen/get-kitchen-screen';
import { getPageSession } from '@/lib/server/session/get-page-session';

export const metadata: Metadata = { title: 'Kitchen' };

export default async function KitchenPage() {
  const { actor, me, device } = await getPageSession();
  if (!device) return <UnpairedScreen kind="KITCHEN" />;
  if (device.kind !== 'KITCHEN') {
    return (
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 p-6 text-center">
        <h1 className="text-3xl font-bold text-ink">This device is paired as a till</h1>
        <LinkButton href="/till">Open the till</LinkButton>
      </main>
    );
  }
  if (!actor || !me || me.device?.id !== device.id) {
    return (
      <div data-theme="dark">
        <PinSignIn deviceName={device.name} locationName={device.locationName} lockedUntil={device.pinLockedUntil} />
      </div>
    );
  }
  const { db } = await pageContext('/kitchen');
  const { stations, thresholds } = await getKitchenScreen({ db, actor });
  return <KitchenShell me={me} stations={stations} deviceStationId={device.stationId} thresholds={thresholds} />;
}
