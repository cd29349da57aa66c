'use client';

import { useMemo, useState } from 'react';
import { RealtimeProvider } from '@/lib/client/realtime';
import { buildPendingLine, type LineChoice, PLAIN_CHOICE } from '@/lib/client/pending-line';
import { canEditLines } from '@/lib/domain/order-state';
import { useTillDrawer } from '@/lib/client/use-cash-drawer';
import { useKeptQueries } from '@/lib/client/offline/use-kept-queries';
import { useOutbox } from '@/lib/client/offline/use-outbox';
import { useScreenWorker } from '@/lib/client/offline/screen-worker';
import { useMe } from '@/lib/client/use-me';
import { useMenu } from '@/lib/client/use-menu';
import { useTillOrder } from '@/lib/client/use-till-order';
import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder } from '@/lib/schemas/orders';
import type { TMeResponse } from '@/lib/schemas/session';
import type { OrderDraft } from '@/lib/client/current-order-store';
import { ScreenLock } from '../auth/screen-lock';
import { ReconnectingBanner } from '../ui/reconnecting-banner';
import { UpdateReadyBanner } from '../ui/update-ready-banner';
import { CashDrawerSheet } from './cash-drawer-sheet';
import { MenuPanel } from './menu-panel';
import { ModifierSheet } from './modifier-sheet';
import { OrdersView } from './orders-view';
import { PayScreen } from './pay-screen';
import { ReadyToasts } from './ready-toasts';
import { TablesView } from './tables-view';
import { TicketPanel } from './ticket-panel';
import { TillBottomBar, type TillView } from './till-bottom-bar';

const TAKEAWAY: OrderDraft = { type: 'TAKEAWAY', tableId: null, tableName: null, covers: 0 };

/** The till: menu and ticket (or the tables / open orders view) over the staff bar (ui.md), kept live. */
export function TillShell({ me }: { me: TMeResponse }) {
  return (
    <RealtimeProvider>
      <TillScreen me={me} />
    </RealtimeProvider>
  );
}

function TillScreen({ me: initialMe }: { me: TMeResponse }) {
  const me = useMe(initialMe);
  const worker = useScreenWorker();
  useKeptQueries(me.location.id);
  useOutbox(me);
  const menu = useMenu();
  const till = useTillOrder();
  const [view, setView] = useState<TillView>('order');
  // The order on the pay screen (shown in place of the menu and ticket).
  const [payingOrderId, setPayingOrderId] = useState<string | null>(null);
  const [isDrawerOpen, setIsDrawerOpen] = useState(false);
  const drawer = useTillDrawer(me.device?.id ?? null);
  const [sheetItem, setSheetItem] = useState<{ item: TMenuItem; type: TOrder['type'] } | null>(null);
  // An item tapped before the order type was chosen: it is rung up as soon as it is.
  const [waitingItem, setWaitingItem] = useState<TMenuItem | null>(null);
  const [blockedItem, setBlockedItem] = useState<TMenuItem | null>(null);
  const { stationNames, menuItems } = useMemo(
    () => ({
      stationNames: new Map(menu.data?.stations.map((station) => [station.id, station.name])),
      menuItems: new Map(menu.data?.categories.flatMap((category) => category.items.map((item) => [item.id, item]))),
    }),
    [menu.data],
  );

  function ringUp(item: TMenuItem, type: TOrder['type']) {
    if (item.modifierGroups.length > 0) setSheetItem({ item, type });
    else till.addLines([buildPendingLine(item, PLAIN_CHOICE, type)]);
  }

  function tapItem(item: TMenuItem) {
    // A part-paid order takes no more items (the server would refuse them): the tap says so instead.
    if (till.order && !canEditLines(till.order.status)) {
      setBlockedItem(item);
      return;
    }
    setBlockedItem(null);
    const type = till.order?.type ?? till.current?.draft?.type;
    if (!type) setWaitingItem(item);
    else ringUp(item, type);
  }

  function show(next: TillView) {
    setPayingOrderId(null);
    setView(next);
  }

  function start(draft: OrderDraft) {
    till.startDraft(draft);
    show('order');
    setBlockedItem(null);
    if (waitingItem) ringUp(waitingItem, draft.type);
    setWaitingItem(null);
  }

  function open(order: Pick<TOrder, 'id'>) {
    till.openOrder(order);
    setWaitingItem(null);
    setBlockedItem(null);
    show('order');
  }

  const backLabel = till.current ? 'Back to order' : 'Back to menu';
  return (
    <div className="grid h-dvh grid-cols-[minmax(0,1fr)] grid-rows-[auto_minmax(0,1fr)_auto] bg-surface">
      <div>
        <ReconnectingBanner />
        <UpdateReadyBanner show={worker.updateReady} />
      </div>
      <ScreenLock deviceName={me.device?.name ?? 'This screen'} locationName={me.location.name} />
      {view === 'tables' ? (
        <TablesView
          backLabel={backLabel}
          onBack={() => setView('order')}
          onOpenOrder={open}
          onStartTable={(table) => start({ type: 'DINE_IN', tableId: table.id, tableName: table.name, covers: 0 })}
        />
      ) : view === 'orders' ? (
        <OrdersView backLabel={backLabel} onBack={() => setView('order')} onOpenOrder={open} />
      ) : payingOrderId ? (
        <PayScreen
          key={payingOrderId}
          orderId={payingOrderId}
          venueName={me.location.name}
          tips={{ isEnabled: me.location.tipsEnabled, presetsBps: me.location.tipPresetsBps }}
          hasOpenDrawer={drawer.isSuccess ? drawer.data !== null : undefined}
          onOpenDrawer={() => setIsDrawerOpen(true)}
          onBack={() => setPayingOrderId(null)}
          onFinished={() => {
            // Paid and closed: the till lets go of it. Part paid: back to its ticket, "left to pay".
            if (!till.current) till.clear();
            setPayingOrderId(null);
          }}
        />
      ) : (
        <div className="grid min-h-0 grid-cols-[184px_1fr_392px]">
          <MenuPanel menu={menu.data} isLoading={menu.isPending} error={menu.error} onTapItem={tapItem} />
          <TicketPanel
            till={till}
            stationNames={stationNames}
            menuItems={menuItems}
            prompt={
              waitingItem
                ? `Who is the ${waitingItem.name} for? Choose Takeaway or a table.`
                : blockedItem
                  ? `This order is part paid, so the ${blockedItem.name} cannot go on it. Take the rest, or start a new order for it.`
                  : null
            }
            onTakeaway={() => start(TAKEAWAY)}
            onChooseTable={() => show('tables')}
            onPay={(orderId) => setPayingOrderId(orderId)}
          />
        </div>
      )}
      <TillBottomBar
        me={me}
        view={view}
        onView={show}
        onNewTakeaway={() => start(TAKEAWAY)}
        onDrawer={() => setIsDrawerOpen(true)}
      />
      {isDrawerOpen ? (
        <CashDrawerSheet deviceId={me.device?.id ?? null} onClose={() => setIsDrawerOpen(false)} />
      ) : null}
      <ReadyToasts userId={me.user.id} stationNames={stationNames} onOpenOrder={(orderId) => open({ id: orderId })} />
      {sheetItem ? (
        <ModifierSheet
          item={sheetItem.item}
          isDineIn={sheetItem.type === 'DINE_IN'}
          seating={{
            tableId: till.order?.tableId ?? till.current?.draft?.tableId ?? null,
            covers: till.order?.covers ?? till.current?.draft?.covers ?? 0,
          }}
          onClose={() => setSheetItem(null)}
          onAdd={(choice: LineChoice) => {
            till.addLines([buildPendingLine(sheetItem.item, choice, sheetItem.type)]);
            setSheetItem(null);
          }}
        />
      ) : null}
    </div>
  );
}
