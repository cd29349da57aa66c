import { MonitorSmartphone } from 'lucide-react';
import { LinkButton } from '../ui/link-button';

/** What a till or kitchen URL shows on a browser that has not been paired by a manager. */
export function UnpairedScreen({ kind }: { kind: 'TILL' | 'KITCHEN' }) {
  const what = kind === 'TILL' ? 'till' : 'kitchen screen';
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-surface p-6 text-center">
      <MonitorSmartphone aria-hidden className="size-16 text-brand" />
      <h1 className="text-3xl font-bold text-ink">This device is not set up as a {what} yet</h1>
      <p className="max-w-xl text-lg text-ink-muted">
        Staff PINs work only on devices a manager has paired. Type the pairing code a manager made on the Devices page,
        or a manager signs in once on this device to pair it; after that, everyone signs in with their PIN.
      </p>
      <div className="flex flex-wrap justify-center gap-4">
        <LinkButton href="/pair/code">I have a code</LinkButton>
        <LinkButton variant="secondary" href={`/pair?kind=${kind}`}>
          Pair this device (manager)
        </LinkButton>
      </div>
    </main>
  );
}
