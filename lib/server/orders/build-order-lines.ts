import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '@/lib/db';
import { checkModifiers, describeModifierProblem } from '@/lib/domain/modifiers';
import { AppError } from '@/lib/errors';
import type { TOrderLineInput } from '@/lib/schemas/orders';

export type NewOrderLines = {
  /** Where the lines are rung up: every line and modifier row carries it. */
  locationId: string;
  lines: {
    id: string;
    orderId: string;
    itemId: string;
    name: string;
    unitPricePence: number;
    vatRateBps: number;
    quantity: number;
    course: number;
    seat: number | null;
    note: string;
    stationId: string | null;
    createdAt: Date;
  }[];
  modifiers: {
    lineId: string;
    modifierId: string;
    groupName: string;
    name: string;
    priceDeltaPence: number;
    position: number;
  }[];
  /** Lines of items (or options) 86'd that were accepted because the till sold them offline. */
  soldOut: { id: string; name: string; quantity: number; soldOut: string[] }[];
};

export type BuildOrderLinesOptions = {
  tx: DbOrTx;
  locationId: string;
  orderId: string;
  orderType: 'DINE_IN' | 'TAKEAWAY';
  inputs: readonly TOrderLineInput[];
  now: Date;
  /**
   * The till sold these offline (lib/domain/offline-sale.ts): an item or option 86'd meanwhile is
   * accepted and listed in `soldOut`, not refused.
   */
  acceptSoldOut?: boolean;
};

/**
 * Turns what the till asked for into line rows priced from the menu: name, price, VAT rate (eat-in
 * or takeaway) and station are snapshotted; modifiers must obey their groups' min/max. Anything
 * wrong is a 422 naming the line and the item or group, and nothing is written.
 */
export async function buildOrderLines({
  tx,
  locationId,
  orderId,
  orderType,
  inputs,
  now,
  acceptSoldOut = false,
}: BuildOrderLinesOptions): Promise<NewOrderLines> {
  const itemIds = [...new Set(inputs.map((input) => input.itemId))];
  const items = await tx.item.findMany({
    where: { id: { in: itemIds }, locationId, isArchived: false },
    include: {
      modifierGroups: {
        orderBy: { sortOrder: 'asc' },
        include: {
          group: {
            include: {
              modifiers: { where: acceptSoldOut ? {} : { isAvailable: true }, orderBy: { sortOrder: 'asc' } },
            },
          },
        },
      },
    },
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  const problems: { path: string; message: string; itemId?: string; groupId?: string }[] = [];
  const result: NewOrderLines = { locationId, lines: [], modifiers: [], soldOut: [] };

  inputs.forEach((input, index) => {
    const item = byId.get(input.itemId);
    if (!item) {
      problems.push({ path: `lines.${index}.itemId`, message: 'No such item on this menu', itemId: input.itemId });
      return;
    }
    if (!item.isAvailable && !acceptSoldOut) {
      problems.push({ path: `lines.${index}.itemId`, message: `${item.name} is sold out (86'd)`, itemId: item.id });
      return;
    }
    const groups = item.modifierGroups.map(({ group }) => ({
      id: group.id,
      name: group.name,
      min: group.min,
      max: group.max,
      modifierIds: group.modifiers.map((m) => m.id),
    }));
    const modifierProblems = checkModifiers(groups, input.modifierIds);
    for (const problem of modifierProblems) {
      problems.push({
        path: `lines.${index}.modifierIds`,
        message: `${item.name} — ${describeModifierProblem(problem)}`,
        itemId: item.id,
        ...('groupId' in problem ? { groupId: problem.groupId } : {}),
      });
    }
    if (modifierProblems.length > 0) return;
    const lineId = input.id ?? randomUUID();
    result.lines.push({
      id: lineId,
      orderId,
      itemId: item.id,
      name: item.name,
      unitPricePence: item.pricePence,
      vatRateBps: orderType === 'TAKEAWAY' ? item.takeawayVatRateBps : item.vatRateBps,
      quantity: input.quantity,
      course: input.course,
      seat: input.seat ?? null,
      note: input.note,
      stationId: item.stationId,
      // Lines added together keep their order: each a millisecond apart.
      createdAt: new Date(now.getTime() + index),
    });
    const modifiers = item.modifierGroups.flatMap(({ group }) =>
      group.modifiers.map((modifier) => ({ modifier, group })),
    );
    const soldOut = item.isAvailable ? [] : [item.name];
    for (const id of input.modifierIds) {
      const position = modifiers.findIndex(({ modifier }) => modifier.id === id);
      const found = modifiers[position]!;
      if (!found.modifier.isAvailable) soldOut.push(found.modifier.name);
      result.modifiers.push({
        lineId,
        modifierId: id,
        groupName: found.group.name,
        name: found.modifier.name,
        priceDeltaPence: found.modifier.priceDeltaPence,
        position,
      });
    }
    if (soldOut.length) result.soldOut.push({ id: lineId, name: item.name, quantity: input.quantity, soldOut });
  });

  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      message: problems.map((problem) => problem.message).join('; '),
      details: problems,
    });
  }
  return result;
}

/** When the till says it rang these lines up offline, or null. */
export function offlineAtOf(input: { offlineAt?: string }): Date | null {
  return input.offlineAt ? new Date(input.offlineAt) : null;
}

/**
 * The audit row flagging lines sold offline of items 86'd before the till synced (none: no row).
 * Recorded in the same transaction as the lines, so the flag and the sale land together.
 */
export function soldWhile86d(
  lines: NewOrderLines,
  input: { offlineAt?: string },
): { action: 'order.sold_while_86d'; after: { offlineAt: string; lines: NewOrderLines['soldOut'] } } | null {
  if (lines.soldOut.length === 0 || !input.offlineAt) return null;
  return { action: 'order.sold_while_86d', after: { offlineAt: input.offlineAt, lines: lines.soldOut } };
}
