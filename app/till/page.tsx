import type { Metadata } from 'next';
import { PinSignIn } from '@/components/auth/pin-sign-in';
import { UnpairedScreen } from '@/components/auth/unpaired-screen';
import { TillShell } from '@/components/till/till-shell';
import { LinkButton } from '@/components/ui/link-button';
import { getPageSession } from '@/lib/server/session/get-page-session';

export const metadata: Metadata = { title: 'Till' };

export default async function TillPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { me, device } = await getPageSession();
  if (!device) return <UnpairedScreen kind="TILL" />;
  if (device.kind !== 'TILL') {
    return (
      <main className="flex min-h-dvh flex-col items-center justify-center gap-6 p-6 text-center">
        <h1 className="text-3xl font-bold text-ink">This device is paired as a kitchen screen</h1>
        <LinkButton href="/kitchen">Open the kitchen display</LinkButton>
      </main>
    );
  }
  if (!me || me.device?.id !== device.id) {
    const idle = (await searchParams).locked === 'idle';
    return (
      <PinSignIn
        deviceName={device.name}
        locationName={device.locationName}
        lockedUntil={device.pinLockedUntil}
        notice={idle ? 'Locked after a quiet spell. Enter your PIN to carry on.' : undefined}
      />
    );
  }
  return <TillShell me={me} />;
}
