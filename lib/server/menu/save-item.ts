import 'server-only';
import type { Db, DbOrTx } from '@/lib/db';
import { newItemVatRates } from '@/lib/domain/vat-defaults';
import { AppError } from '@/lib/errors';
import type { TAdminItem, TCreateItemBody, TUpdateItemBody } from '@/lib/schemas/menu-admin';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { menuUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';

const INCLUDE = { modifierGroups: { select: { groupId: true }, orderBy: { sortOrder: 'asc' } } } as const;

async function loadItem(tx: DbOrTx, locationId: string, itemId: string): Promise<TAdminItem | null> {
  const item = await tx.item.findFirst({ where: { id: itemId, locationId }, include: INCLUDE });
  if (!item) return null;
  const {
    modifierGroups,
    locationId: _location,
    sortOrder: _sort,
    barcode: _barcode,
    createdAt: _created,
    updatedAt: _updated,
    ...rest
  } = item;
  return { ...rest, modifierGroupIds: modifierGroups.map((link) => link.groupId) };
}

/** Category, station and modifier groups must all belong to the actor's location. */
async function assertReferences(
  tx: DbOrTx,
  locationId: string,
  input: { categoryId?: string; stationId?: string | null; modifierGroupIds?: string[] },
) {
  const problems: { path: string; message: string }[] = [];
  if (
    input.categoryId &&
    !(await tx.category.findFirst({ where: { id: input.categoryId, locationId }, select: { id: true } }))
  ) {
    problems.push({ path: 'categoryId', message: 'No such category' });
  }
  if (
    input.stationId &&
    !(await tx.station.findFirst({ where: { id: input.stationId, locationId }, select: { id: true } }))
  ) {
    problems.push({ path: 'stationId', message: 'No such station' });
  }
  if (input.modifierGroupIds?.length) {
    const found = await tx.modifierGroup.count({ where: { id: { in: input.modifierGroupIds }, locationId } });
    if (found !== new Set(input.modifierGroupIds).size)
      problems.push({ path: 'modifierGroupIds', message: 'A modifier group is not on this menu' });
  }
  if (problems.length)
    throw new AppError('VALIDATION_FAILED', { message: problems.map((p) => p.message).join('; '), details: problems });
}

/** A new item at the end of its category, its VAT defaulting to the category's (lib/domain/vat-defaults.ts). */
async function createItem(
  tx: DbOrTx,
  locationId: string,
  fields: Omit<TCreateItemBody, 'modifierGroupIds'>,
): Promise<string> {
  const category = await tx.category.findUniqueOrThrow({
    where: { id: fields.categoryId },
    select: { vatRateBps: true, takeawayVatRateBps: true },
  });
  const vat = newItemVatRates(fields, category);
  if (!vat)
    throw new AppError('VALIDATION_FAILED', {
      message: 'Give the eat-in VAT rate: this category has no default',
      details: [{ path: 'vatRateBps', message: 'Required: the category has no default VAT rate' }],
    });
  const item = await tx.item.create({
    data: {
      ...fields,
      ...vat,
      locationId,
      sortOrder: await tx.item.count({ where: { categoryId: fields.categoryId } }),
    },
    select: { id: true },
  });
  return item.id;
}

export type SaveItemOptions = { db: Db; actor: Actor; requestId: string; now: Date } & (
  { itemId?: undefined; input: TCreateItemBody } | { itemId: string; input: TUpdateItemBody }
);

/**
 * Adds or edits a menu item. Prices apply to lines rung up from now on: lines already on orders
 * keep the price they were sold at. Marking an item unavailable (86) greys it out on every till.
 */
export async function saveItem({ db, actor, itemId, input, requestId, now }: SaveItemOptions): Promise<TAdminItem> {
  assertPermission(actor, 'menu:manage');
  return writeTransaction(db, { now }, async (tx) => {
    await assertReferences(tx, actor.locationId, input);
    const { modifierGroupIds, ...fields } = input;
    const before = itemId ? await loadItem(tx, actor.locationId, itemId) : null;
    if (itemId && !before) throw new AppError('NOT_FOUND', { message: 'No such item at this location' });
    const id = itemId
      ? (await tx.item.update({ where: { id: itemId }, data: fields, select: { id: true } })).id
      : await createItem(tx, actor.locationId, fields as Omit<TCreateItemBody, 'modifierGroupIds'>);
    if (modifierGroupIds) {
      await tx.itemModifierGroup.deleteMany({ where: { itemId: id } });
      await tx.itemModifierGroup.createMany({
        data: [...new Set(modifierGroupIds)].map((groupId, index) => ({
          locationId: actor.locationId,
          itemId: id,
          groupId,
          sortOrder: index,
        })),
      });
    }
    const item = (await loadItem(tx, actor.locationId, id))!;
    const action = !before
      ? 'menu.item_created'
      : before.isAvailable !== item.isAvailable
        ? item.isAvailable
          ? 'menu.item_back_on'
          : 'menu.item_86d'
        : 'menu.item_changed';
    await recordChange(tx, {
      by: actor,
      action,
      entity: { type: 'Item', id: id },
      ...(before ? { before } : {}),
      after: item,
      requestId,
      now,
      events: [menuUpdatedEvent(actor.locationId, { type: 'Item', id: id }, action)],
    });
    return item;
  });
}
