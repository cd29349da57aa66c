import type { TMenuItem } from '@/lib/schemas/menu';
import type { TOrder, TOrderLineInput } from '@/lib/schemas/orders';
import { newId } from './new-id';

/** A line as the till shows it before the server answers: priced from the menu with lineGross. */
export type PendingLine = {
  input: Omit<TOrderLineInput, 'id'> & { id: string };
  name: string;
  modifierNames: string[];
  unitPricePence: number;
  modifierDeltasPence: number[];
  vatRateBps: number;
};

export type LineChoice = {
  modifierIds: string[];
  quantity: number;
  note: string;
  seat: number | null;
  course: number;
};

export const PLAIN_CHOICE: LineChoice = { modifierIds: [], quantity: 1, note: '', seat: null, course: 1 };

/**
 * The line to send for a menu item and the cashier's choices. Its id is made here so the line the
 * server returns replaces this one in place. Takeaway uses the item's takeaway VAT rate.
 */
export function buildPendingLine(item: TMenuItem, choice: LineChoice, orderType: TOrder['type']): PendingLine {
  const modifiers = item.modifierGroups
    .flatMap((group) => group.modifiers)
    .filter((modifier) => choice.modifierIds.includes(modifier.id));
  return {
    input: {
      id: newId(),
      itemId: item.id,
      quantity: choice.quantity,
      modifierIds: choice.modifierIds,
      note: choice.note.trim(),
      seat: choice.seat,
      course: choice.course,
    },
    name: item.name,
    modifierNames: modifiers.map((modifier) => modifier.name),
    unitPricePence: item.pricePence,
    modifierDeltasPence: modifiers.map((modifier) => modifier.priceDeltaPence),
    vatRateBps: orderType === 'TAKEAWAY' ? item.takeawayVatRateBps : item.vatRateBps,
  };
}
