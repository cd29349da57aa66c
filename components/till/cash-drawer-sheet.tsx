'use client';

import { useState } from 'react';
import { useOutboxState } from '@/lib/client/offline/use-outbox-state';
import { type CashMovementKind, useTillDrawer } from '@/lib/client/use-cash-drawer';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { formatPence } from '@/lib/domain/money';
import type { TCashSession } from '@/lib/schemas/payments';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { Sheet } from '../ui/sheet';
import { DrawerCount, varianceWords } from './drawer-count';
import { DrawerMovement, MOVEMENTS } from './drawer-movement';
import { DrawerOpen } from './drawer-open';
import { clockTime } from './payment-list';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';
import { BLOCKED_BUTTON_CLASS } from './styles';

type Mode = { kind: 'summary' } | { kind: 'movement'; movement: CashMovementKind } | { kind: 'count' };

const KINDS: CashMovementKind[] = ['PAY_IN', 'PAY_OUT', 'SAFE_DROP', 'NO_SALE'];

/** This till's cash drawer: open it with a float, move cash in or out, and count it to close. */
export function CashDrawerSheet({ deviceId, onClose }: { deviceId: string | null; onClose: () => void }) {
  const drawer = useTillDrawer(deviceId);
  const [mode, setMode] = useState<Mode>({ kind: 'summary' });
  const [done, setDone] = useState<string | null>(null);
  const [closed, setClosed] = useState<TCashSession | null>(null);
  const session = drawer.data;
  const isOffline = useIsOffline();
  const waiting = useOutboxState().waiting.filter((entry) => entry.queued).length;
  // The server counts what should be in the drawer: it must have everything this till holds first.
  const closeBlocker = isOffline
    ? 'Closing the drawer needs the connection'
    : waiting > 0
      ? `Closing waits for ${waiting === 1 ? '1 change' : `${waiting} changes`} to sync`
      : null;

  if (closed) return <ClosedDrawer session={closed} onClose={onClose} />;
  if (drawer.isPending || drawer.isError) {
    return (
      <Sheet title="Cash drawer" onClose={onClose}>
        {drawer.isError ? (
          <Notice tone="error">Could not load the drawer: {drawer.error.message} Check the connection.</Notice>
        ) : isOffline ? (
          <Notice tone="error">
            This till has not loaded its drawer yet, and that needs the connection: try again when the till is back
            online. Cash taken meanwhile is kept and counts in the drawer once it syncs.
          </Notice>
        ) : (
          <SkeletonGroup label="Loading the drawer…">
            <Skeleton className="h-40" />
          </SkeletonGroup>
        )}
      </Sheet>
    );
  }
  if (!session) return <DrawerOpen onClose={onClose} />;
  if (mode.kind === 'movement') {
    return (
      <DrawerMovement
        sessionId={session.id}
        kind={mode.movement}
        onBack={() => setMode({ kind: 'summary' })}
        onDone={(summary, queued) => {
          setDone(
            queued
              ? `Recorded on this till: ${summary}. It syncs when the till is back online.`
              : `Recorded: ${summary}.`,
          );
          setMode({ kind: 'summary' });
        }}
      />
    );
  }
  if (mode.kind === 'count') {
    return <DrawerCount session={session} onBack={() => setMode({ kind: 'summary' })} onClosed={setClosed} />;
  }

  const movedPence = session.movements.reduce(
    (sum, movement) =>
      sum +
      (movement.kind === 'PAY_IN' ? movement.amountPence : movement.kind === 'NO_SALE' ? 0 : -movement.amountPence),
    0,
  );
  return (
    <Sheet
      title="Cash drawer"
      subtitle={`Opened ${clockTime(session.openedAt)} by ${session.openedBy.name}`}
      onClose={onClose}
      footer={
        <Button
          size="xl"
          className={`w-full ${BLOCKED_BUTTON_CLASS}`}
          disabled={closeBlocker !== null}
          onClick={() => setMode({ kind: 'count' })}
        >
          {closeBlocker ?? 'Count and close the drawer…'}
        </Button>
      }
    >
      <div className="flex flex-col gap-5">
        {done ? <Notice tone="success">{done}</Notice> : null}
        {session.offlineCashPence > 0 || session.waitingMovementIds.length > 0 ? (
          <Notice>
            Includes what this till has not synced yet:
            {session.offlineCashPence > 0 ? ` ${formatPence(session.offlineCashPence)} cash taken offline` : ''}
            {session.offlineCashPence > 0 && session.waitingMovementIds.length > 0 ? ' and' : ''}
            {session.waitingMovementIds.length > 0
              ? ` ${session.waitingMovementIds.length === 1 ? '1 movement' : `${session.waitingMovementIds.length} movements`}`
              : ''}
            .
          </Notice>
        ) : null}
        <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 text-lg">
          <dt className="text-ink-muted">Float</dt>
          <dd className="tabular text-right text-ink">{formatPence(session.floatPence)}</dd>
          <dt className="text-ink-muted">Cash sales (with tips)</dt>
          <dd className="tabular text-right text-ink">{formatPence(session.cashSalesPence)}</dd>
          <dt className="text-ink-muted">Cash refunds</dt>
          <dd className="tabular text-right text-ink">−{formatPence(session.cashRefundsPence)}</dd>
          <dt className="text-ink-muted">Paid in, out and dropped</dt>
          <dd className="tabular text-right text-ink">
            {movedPence < 0 ? `−${formatPence(-movedPence)}` : formatPence(movedPence)}
          </dd>
          <dt className="text-xl font-bold text-ink">
            Should be in the drawer
            {drawer.isFetching ? <span className="ml-2 text-sm font-medium text-ink-muted">updating…</span> : null}
          </dt>
          <dd data-testid="drawer-expected" className="tabular text-right text-3xl font-bold text-money-due">
            {formatPence(session.expectedPence)}
          </dd>
        </dl>
        <div className="grid grid-cols-4 gap-2">
          {KINDS.map((kind) => (
            <Button
              key={kind}
              variant="secondary"
              size="lg"
              onClick={() => setMode({ kind: 'movement', movement: kind })}
            >
              {MOVEMENTS[kind].title}…
            </Button>
          ))}
        </div>
        {session.movements.length > 0 ? (
          <ul aria-label="Drawer movements" className="flex flex-col divide-y divide-line">
            {session.movements.map((movement) => (
              <li key={movement.id} className="flex justify-between gap-4 py-2 text-base text-ink">
                <span>
                  {clockTime(movement.createdAt)} · {MOVEMENTS[movement.kind].title} · {movement.reason}
                  {session.waitingMovementIds.includes(movement.id) ? (
                    <span className="ml-2 text-sm font-semibold text-warning">waiting to sync</span>
                  ) : null}
                </span>
                <span className="tabular">{movement.kind === 'NO_SALE' ? '—' : formatPence(movement.amountPence)}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Sheet>
  );
}

function ClosedDrawer({ session, onClose }: { session: TCashSession; onClose: () => void }) {
  const words = varianceWords(session.variancePence ?? 0);
  return (
    <Sheet
      title="Drawer closed"
      subtitle={session.closedAt ? `Closed ${clockTime(session.closedAt)}` : undefined}
      onClose={onClose}
      footer={
        <Button size="xl" className="w-full" onClick={onClose}>
          Done
        </Button>
      }
    >
      <dl className="grid grid-cols-3 gap-4 text-center">
        <div>
          <dt className="text-lg text-ink-muted">Expected</dt>
          <dd className="tabular text-3xl font-bold text-ink">{formatPence(session.expectedPence)}</dd>
        </div>
        <div>
          <dt className="text-lg text-ink-muted">Counted</dt>
          <dd className="tabular text-3xl font-bold text-ink">{formatPence(session.countedPence ?? 0)}</dd>
        </div>
        <div>
          <dt className="text-lg text-ink-muted">Variance</dt>
          <dd className={`tabular text-3xl font-bold ${words.className}`}>{words.text}</dd>
        </div>
      </dl>
    </Sheet>
  );
}
