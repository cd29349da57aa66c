'use client';

import { Flame } from 'lucide-react';
import { useState } from 'react';
import { linesToSend } from '@/lib/domain/kitchen-routing';
import { canEditLines } from '@/lib/domain/order-state';
import { previewOrder } from '@/lib/client/order-preview';
import { useIsOffline } from '@/lib/client/use-is-offline';
import { useSendOrder, useUpdateCovers } from '@/lib/client/use-order-mutations';
import type { useTillOrder } from '@/lib/client/use-till-order';
import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder, TTicket } from '@/lib/schemas/orders';
import { Button } from '../ui/button';
import { Notice } from '../ui/notice';
import { CoversSheet } from './covers-sheet';
import { DiscountSheet } from './discount-sheet';
import { LineSheet } from './line-sheet';
import { OrderTypeChooser } from './order-type-chooser';
import { TicketActions } from './ticket-actions';
import { TicketHeader } from './ticket-header';
import { TicketLineList } from './ticket-line-list';
import { TicketTotals } from './ticket-totals';
import { VoidOrderSheet } from './void-order-sheet';
import { Skeleton, SkeletonGroup } from '../ui/skeleton';
import { orderNo } from './order-labels';

type OpenSheet = { kind: 'line'; lineId: string } | { kind: 'discount' } | { kind: 'void' } | { kind: 'covers' };
type Outcome = { text: string; order: TOrder | null };

export type TicketPanelProps = {
  till: ReturnType<typeof useTillOrder>;
  stationNames: ReadonlyMap<string, string>;
  menuItems: ReadonlyMap<string, TMenuItem>;
  /** Shown when an item was tapped before choosing who the order is for. */
  prompt: string | null;
  onTakeaway: () => void;
  onChooseTable: () => void;
  /** Opens the pay screen for the order. */
  onPay: (orderId: string) => void;
};

function sendBlocker(order: TOrder | undefined, pendingCount: number): string | null {
  if (pendingCount > 0) return null;
  const live = order?.lines.filter((line) => !line.voidedAt) ?? [];
  if (live.length === 0) return 'Add items, then send them to the kitchen';
  const routable = live.map((line) => ({ ...line, isVoided: false }));
  if (linesToSend(routable, order?.firedCourse ?? 1).length > 0) return null;
  if (order?.heldCourses.length) return `Nothing new to send · course ${order.heldCourses.join(', ')} held`;
  return 'Nothing new to send';
}

/** The right-hand ticket: who it is for, its lines, totals and Send, plus the sheets its buttons open. */
export function TicketPanel(props: TicketPanelProps) {
  const { till, stationNames, menuItems, prompt, onTakeaway, onChooseTable, onPay } = props;
  const { current, order, pendingLines, orderQuery, addItems } = till;
  const [sheet, setSheet] = useState<OpenSheet | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Pay sends what is new first (a paid order can no longer go to the kitchen), then opens the pay screen.
  const [payAfterSend, setPayAfterSend] = useState<string | null>(null);
  const send = useSendOrder(({ order: sent, tickets }: { order: TOrder; tickets: TTicket[] }) => {
    if (payAfterSend === sent.id) {
      setPayAfterSend(null);
      onPay(sent.id);
      return;
    }
    const names = [...new Set(tickets.map((ticket) => stationNames.get(ticket.stationId) ?? 'kitchen'))];
    setOutcome({
      text: `Order ${orderNo(sent)} sent to the kitchen${names.length ? ` (${names.join(', ')})` : ''}.`,
      order: sent,
    });
    till.finish(sent.id);
  });
  const covers = useUpdateCovers();
  const isOffline = useIsOffline();
  const close = () => setSheet(null);

  if (!current) {
    return (
      <aside aria-label="Ticket" className="flex min-h-0 flex-col gap-4 border-l border-line bg-surface-raised p-4">
        <OrderTypeChooser
          onTakeaway={onTakeaway}
          onTable={onChooseTable}
          notice={
            prompt ? (
              <Notice tone="warning">{prompt}</Notice>
            ) : outcome ? (
              <Notice tone="success">
                <p>{outcome.text}</p>
                {outcome.order ? (
                  <Button
                    variant="ghost"
                    className="-ml-4 mt-1 underline"
                    onClick={() => outcome.order && till.openOrder(outcome.order)}
                  >
                    Open {orderNo(outcome.order)} again
                  </Button>
                ) : null}
              </Notice>
            ) : null
          }
        />
      </aside>
    );
  }

  const preview = previewOrder(order, pendingLines);
  const isLoading = !current.draft && orderQuery.isPending;
  const canEdit = !order || canEditLines(order.status);
  const blocker = sendBlocker(order, pendingLines.length);
  const live = order?.lines.filter((line) => !line.voidedAt) ?? [];
  const isPaying = send.isPending && payAfterSend === order?.id;
  function pay() {
    if (!order) return;
    if (canEdit && blocker === null) {
      setPayAfterSend(order.id);
      send.run({ orderId: order.id });
    } else onPay(order.id);
  }
  return (
    <aside aria-label="Ticket" className="flex min-h-0 flex-col gap-3 border-l border-line bg-surface-raised p-4">
      <TicketHeader order={order} draft={current.draft} onCovers={() => setSheet({ kind: 'covers' })} />
      {isLoading ? (
        <SkeletonGroup label="Loading the order…" className="flex flex-1 flex-col gap-3">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} className="h-14" />
          ))}
        </SkeletonGroup>
      ) : (
        <TicketLineList
          order={order}
          menuItems={menuItems}
          pending={pendingLines}
          onTapLine={canEdit ? (lineId) => setSheet({ kind: 'line', lineId }) : undefined}
        />
      )}
      <div className="mt-auto flex flex-col gap-3">
        {prompt ? <Notice tone="warning">{prompt}</Notice> : null}
        {orderQuery.isError && !current.draft ? (
          <Notice tone="error">Could not load this order: {orderQuery.error.message} Check the connection.</Notice>
        ) : null}
        {outcome?.order?.id === current.orderId && outcome.order.version === order?.version ? (
          <Notice tone="success">{outcome.text}</Notice>
        ) : null}
        {isOffline && pendingLines.length > 0 ? (
          <Notice tone="warning">
            No connection. {pendingLines.length === 1 ? 'This item is' : 'These items are'} waiting and will be added
            when it is back — keep this screen open.
          </Notice>
        ) : null}
        {addItems.isError ? (
          <Notice tone="error">
            <p>Not added: {addItems.error.message}</p>
            <Button variant="secondary" className="mt-2" onClick={till.retryAdd}>
              Try again
            </Button>
          </Notice>
        ) : null}
        {send.isError ? (
          <Notice tone="error">
            Not sent: {send.error.message} Tap {payAfterSend ? 'Pay' : 'Send'} to try again.
          </Notice>
        ) : null}
        {order?.status === 'PARTIALLY_PAID' && !prompt ? (
          <Notice tone="info">Part paid: take the rest with Pay. Items can no longer be added or changed.</Notice>
        ) : null}
        {order && canEdit && order.heldCourses.length > 0 && pendingLines.length === 0 ? (
          <Button
            variant="secondary"
            size="lg"
            busy={send.isPending && send.variables?.course === order.heldCourses[0]}
            onClick={() => send.run({ orderId: order.id, course: order.heldCourses[0] })}
          >
            <Flame aria-hidden className="size-5" /> Fire course {order.heldCourses[0]}
          </Button>
        ) : null}
        <TicketTotals
          preview={preview}
          paid={order && order.totals.paidPence > 0 ? order.totals : undefined}
          isLoading={isLoading}
        />
        <TicketActions
          sendBlocker={blocker}
          isSending={send.isPending}
          canEdit={canEdit}
          hasServerOrder={order !== undefined}
          payPence={order && live.length > 0 ? order.totals.duePence : null}
          payBlocker={pendingLines.length > 0 ? 'Adding items…' : null}
          isPaying={isPaying}
          onSend={() => {
            setPayAfterSend(null);
            send.run({ orderId: current.orderId });
          }}
          onPay={pay}
          onDiscount={() => setSheet({ kind: 'discount' })}
          onVoidOrder={() => setSheet({ kind: 'void' })}
          onNewOrder={() => {
            setOutcome(null);
            till.clear();
          }}
        />
      </div>
      {sheet?.kind === 'line' && order ? <LineSheet order={order} lineId={sheet.lineId} onClose={close} /> : null}
      {sheet?.kind === 'discount' && order ? <DiscountSheet order={order} onClose={close} /> : null}
      {sheet?.kind === 'void' && order ? (
        <VoidOrderSheet
          order={order}
          onClose={close}
          onVoided={(voided) => {
            close();
            setOutcome({ text: `Order ${orderNo(voided)} voided.`, order: null });
            till.finish(voided.id);
          }}
        />
      ) : null}
      {sheet?.kind === 'covers' ? (
        <CoversSheet
          covers={order?.covers ?? current.draft?.covers ?? 0}
          onClose={close}
          onChoose={(count) => {
            if (order) covers.run({ orderId: order.id, covers: count });
            else till.setDraftCovers(count);
            close();
          }}
        />
      ) : null}
    </aside>
  );
}
