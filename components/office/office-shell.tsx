import {
  ClipboardList,
  ChartColumn,
  Home,
  LayoutGrid,
  MonitorSmartphone,
  ReceiptPoundSterling,
  Settings,
  UtensilsCrossed,
  Users,
} from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { RealtimeProvider } from '@/lib/client/realtime';
import { ConnectionDot } from '../ui/connection-dot';
import { ReconnectingBanner } from '../ui/reconnecting-banner';
import { OfficeSignOut } from './office-sign-out';
import { RefundsNavCount } from './refunds-nav-count';

const NAV = [
  { href: '/office', label: 'Today', Icon: Home },
  { href: '/office/refunds', label: 'Refunds', Icon: ReceiptPoundSterling },
  { href: '/office/menu', label: 'Menu', Icon: UtensilsCrossed },
  { href: '/office/staff', label: 'Staff', Icon: Users },
  { href: '/office/floor', label: 'Floor plan', Icon: LayoutGrid },
  { href: '/office/reports/z', label: 'Reports', Icon: ChartColumn },
  { href: '/office/settings', label: 'Settings', Icon: Settings },
  { href: '/office/devices', label: 'Devices', Icon: MonitorSmartphone },
  { href: '/office/audit', label: 'Audit log', Icon: ClipboardList },
] as const;

export type OfficeShellProps = {
  current: (typeof NAV)[number]['href'];
  title: string;
  userName: string;
  locationName: string;
  /** The signed-in role may refund: the Refunds link shows how many payments wait to go back. */
  canRefund: boolean;
  action?: ReactNode;
  children: ReactNode;
};

/** The back-office frame, kept live: left navigation, page title with its primary action top right. */
export function OfficeShell({ current, title, userName, locationName, canRefund, action, children }: OfficeShellProps) {
  return (
    <RealtimeProvider>
      <div className="flex min-h-dvh flex-col bg-surface print:block print:min-h-0 print:bg-white">
        <div className="print:hidden">
          <ReconnectingBanner />
        </div>
        <div className="grid flex-1 grid-cols-[240px_1fr] print:block">
          <nav
            aria-label="Back office"
            className="flex flex-col gap-1 border-r border-line bg-surface-raised p-4 print:hidden"
          >
            <p className="px-3 pb-4 text-lg font-bold text-ink">{locationName}</p>
            {NAV.map(({ href, label, Icon }) => (
              <Link
                key={href}
                href={href}
                aria-current={href === current ? 'page' : undefined}
                className="flex min-h-11 items-center gap-3 rounded-tile px-3 text-base font-semibold text-ink hover:bg-surface-sunken aria-[current=page]:bg-brand-soft aria-[current=page]:text-brand"
              >
                <Icon aria-hidden className="size-5" /> {label}
                {href === '/office/refunds' ? <RefundsNavCount enabled={canRefund} /> : null}
              </Link>
            ))}
            <div className="mt-auto flex flex-col gap-2 border-t border-line pt-4">
              <ConnectionDot className="px-3 text-sm" />
              <p className="px-3 text-sm text-ink-muted">Signed in as {userName}</p>
              <OfficeSignOut />
            </div>
          </nav>
          <main className="flex flex-col gap-6 p-8 print:gap-3 print:p-0">
            <header className="flex items-center justify-between gap-4">
              <h1 className="text-3xl font-bold text-ink print:text-2xl">{title}</h1>
              <div className="print:hidden">{action}</div>
            </header>
            {children}
          </main>
        </div>
      </div>
    </RealtimeProvider>
  );
}
