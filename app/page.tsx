import { ChefHat, LayoutDashboard, MonitorSmartphone } from 'lucide-react';
import Link from 'next/link';

const SURFACES = [
  { href: '/till', title: 'Till', body: 'Take orders and payments on the iPad', Icon: MonitorSmartphone },
  { href: '/kitchen', title: 'Kitchen display', body: 'Tickets by station, bump when ready', Icon: ChefHat },
  { href: '/office', title: 'Back office', body: 'Menu, staff, devices, reports', Icon: LayoutDashboard },
] as const;

export default function HomePage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-5xl flex-col justify-center gap-10 p-8">
      <header>
        <h1 className="text-4xl font-bold text-ink">Fynlo POS</h1>
        <p className="mt-2 text-lg text-ink-muted">Choose what this screen is for.</p>
      </header>
      <nav className="grid gap-4 md:grid-cols-3">
        {SURFACES.map(({ href, title, body, Icon }) => (
          <Link
            key={href}
            href={href}
            className="flex min-h-40 flex-col gap-3 rounded-sheet border border-line bg-surface-raised p-6 hover:border-brand active:scale-[0.98]"
          >
            <Icon aria-hidden className="size-10 text-brand" />
            <span className="text-2xl font-bold text-ink">{title}</span>
            <span className="text-base text-ink-muted">{body}</span>
          </Link>
        ))}
      </nav>
    </main>
  );
}
