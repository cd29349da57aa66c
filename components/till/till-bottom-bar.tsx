import { Banknote, LayoutGrid, ListOrdered, ShoppingBag } from 'lucide-react';
import type { TMeResponse } from '@/lib/schemas/session';
import { StaffMenu } from '../auth/staff-menu';
import { Button } from '../ui/button';
import { ConnectionDot } from '../ui/connection-dot';
import { SyncStatus } from './sync-status';
import { TradingChip } from './trading-chip';

export type TillView = 'order' | 'tables' | 'orders';

export type TillBottomBarProps = {
  me: TMeResponse;
  view: TillView;
  onView: (view: TillView) => void;
  onNewTakeaway: () => void;
  onDrawer: () => void;
};

/**
 * Tables, orders, a new takeaway and the cash drawer on the left; who is signed in and the
 * connection on the right.
 */
export function TillBottomBar({ me, view, onView, onNewTakeaway, onDrawer }: TillBottomBarProps) {
  const toggle = (target: TillView) => onView(view === target ? 'order' : target);
  return (
    <footer className="flex min-h-16 min-w-0 items-center justify-between gap-3 border-t border-line bg-surface-raised px-4 py-2">
      <nav aria-label="Till" className="flex shrink-0 items-center gap-2">
        <Button
          variant={view === 'tables' ? 'primary' : 'secondary'}
          size="lg"
          className="whitespace-nowrap px-3"
          aria-pressed={view === 'tables'}
          onClick={() => toggle('tables')}
        >
          <LayoutGrid aria-hidden className="size-5" /> Tables
        </Button>
        <Button
          variant={view === 'orders' ? 'primary' : 'secondary'}
          size="lg"
          className="whitespace-nowrap px-3"
          aria-pressed={view === 'orders'}
          onClick={() => toggle('orders')}
        >
          <ListOrdered aria-hidden className="size-5" /> Orders
        </Button>
        <Button variant="secondary" size="lg" className="whitespace-nowrap px-3" onClick={onNewTakeaway}>
          <ShoppingBag aria-hidden className="size-5" /> New takeaway
        </Button>
        <Button variant="secondary" size="lg" className="whitespace-nowrap px-3" onClick={onDrawer}>
          <Banknote aria-hidden className="size-5" /> Drawer
        </Button>
      </nav>
      {/* "Reconnecting…" is longer than "Live": this side shrinks (the name first), never the page. */}
      <div className="flex min-w-0 items-center gap-3">
        <TradingChip location={me.location} />
        <StaffMenu
          name={me.user.name}
          role={me.role}
          idleLockSeconds={me.location.tillIdleLockSeconds}
          basePath="/till"
        />
        <SyncStatus connection={<ConnectionDot className="shrink-0" />} />
      </div>
    </footer>
  );
}
