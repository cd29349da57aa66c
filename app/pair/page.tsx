import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PairDeviceForm } from '@/components/auth/pair-device-form';
import { Notice } from '@/components/ui/notice';
import { pageContext } from '@/lib/server/http/page-context';
import { getMenu } from '@/lib/server/menu/get-menu';
import { actorCan, getPageSession } from '@/lib/server/session/get-page-session';

export const metadata: Metadata = { title: 'Pair this device' };

export default async function PairPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const kind = (await searchParams).kind === 'KITCHEN' ? 'KITCHEN' : 'TILL';
  const { actor } = await getPageSession();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/pair?kind=${kind}`)}`);
  const canPair = actorCan(actor, 'devices:manage');
  const { db } = await pageContext('/pair');
  const stations = canPair ? (await getMenu({ db, actor })).stations : [];
  return (
    <main className="flex min-h-dvh items-center justify-center bg-surface p-6">
      <div className="flex w-full max-w-xl flex-col gap-6 rounded-sheet bg-surface-raised p-8 shadow-sheet">
        <h1 className="text-3xl font-bold text-ink">Pair this device</h1>
        {canPair ? (
          <PairDeviceForm initialKind={kind} stations={stations} managerName={actor.name} />
        ) : (
          <Notice tone="error">Only an owner or manager can pair devices. Ask one to sign in here.</Notice>
        )}
        <Link href="/pair/code" className="min-h-11 self-center py-2 text-base font-semibold text-brand underline">
          I have a code
        </Link>
      </div>
    </main>
  );
}
