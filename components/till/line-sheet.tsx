import type { TOrder } from '@/lib/schemas/orders';
import { LineEditSheet } from './line-edit-sheet';
import { VoidLineSheet } from './void-line-sheet';

export type LineSheetProps = { order: TOrder; lineId: string; onClose: () => void };

/** Tap on a ticket line: edit it while it is unsent; once the kitchen has it, only void it. */
export function LineSheet({ order, lineId, onClose }: LineSheetProps) {
  const line = order.lines.find((candidate) => candidate.id === lineId);
  if (!line || line.voidedAt) return null;
  return line.kitchenStatus === 'PENDING' ? (
    <LineEditSheet
      orderId={order.id}
      line={line}
      isDineIn={order.type === 'DINE_IN'}
      seating={{ tableId: order.tableId, covers: order.covers }}
      onClose={onClose}
    />
  ) : (
    <VoidLineSheet orderId={order.id} line={line} onClose={onClose} />
  );
}
