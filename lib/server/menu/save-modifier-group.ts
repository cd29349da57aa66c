import 'server-only';
import type { z } from 'zod';
import type { Db, DbOrTx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { TCreateModifierGroupBody, TUpdateModifierGroupBody, ZAdminModifierGroup } from '@/lib/schemas/menu-admin';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { menuUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';

type AdminGroup = z.infer<typeof ZAdminModifierGroup>;

export async function loadModifierGroups(db: DbOrTx, locationId: string, groupId?: string): Promise<AdminGroup[]> {
  const groups = await db.modifierGroup.findMany({
    where: { locationId, ...(groupId ? { id: groupId } : {}) },
    orderBy: { sortOrder: 'asc' },
    include: {
      modifiers: { where: { isAvailable: true }, orderBy: { sortOrder: 'asc' } },
      _count: { select: { items: true } },
    },
  });
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    min: group.min,
    max: group.max,
    modifiers: group.modifiers.map((m) => ({ id: m.id, name: m.name, priceDeltaPence: m.priceDeltaPence })),
    itemCount: group._count.items,
  }));
}

export type SaveModifierGroupOptions = { db: Db; actor: Actor; requestId: string; now: Date } & (
  { groupId?: undefined; input: TCreateModifierGroupBody } | { groupId: string; input: TUpdateModifierGroupBody }
);

/**
 * Adds or edits a modifier group and its options. Options left out of an edit stop being offered
 * but are kept, because old order lines point at them.
 */
export async function saveModifierGroup({
  db,
  actor,
  groupId,
  input,
  requestId,
  now,
}: SaveModifierGroupOptions): Promise<AdminGroup> {
  assertPermission(actor, 'menu:manage');
  return writeTransaction(db, { now }, async (tx) => {
    const before = groupId ? (await loadModifierGroups(tx, actor.locationId, groupId))[0] : undefined;
    if (groupId && !before) throw new AppError('NOT_FOUND', { message: 'No such modifier group at this location' });
    const min = input.min ?? before?.min ?? 0;
    const max = input.max ?? before?.max ?? 1;
    const optionCount = input.modifiers?.length ?? before?.modifiers.length ?? 0;
    if (min > max || min > optionCount) {
      throw new AppError('VALIDATION_FAILED', {
        message: 'The minimum must be at most the maximum and the number of options',
        details: [{ path: 'min', message: 'Too high' }],
      });
    }
    const id =
      groupId ??
      (
        await tx.modifierGroup.create({
          data: {
            locationId: actor.locationId,
            name: input.name!,
            min,
            max,
            sortOrder: await tx.modifierGroup.count({ where: { locationId: actor.locationId } }),
          },
        })
      ).id;
    if (groupId) await tx.modifierGroup.update({ where: { id }, data: { name: input.name, min, max } });
    if (input.modifiers) {
      const keep = input.modifiers.map((m) => m.id).filter((value): value is string => Boolean(value));
      const owned = await tx.modifier.count({ where: { id: { in: keep }, groupId: id } });
      if (owned !== keep.length)
        throw new AppError('VALIDATION_FAILED', {
          message: 'An option belongs to another group',
          details: [{ path: 'modifiers', message: 'Unknown option id' }],
        });
      await tx.modifier.updateMany({ where: { groupId: id, id: { notIn: keep } }, data: { isAvailable: false } });
      for (const [index, modifier] of input.modifiers.entries()) {
        const data = {
          name: modifier.name,
          priceDeltaPence: modifier.priceDeltaPence,
          sortOrder: index,
          isAvailable: true,
        };
        if (modifier.id) await tx.modifier.update({ where: { id: modifier.id }, data });
        else await tx.modifier.create({ data: { ...data, groupId: id, locationId: actor.locationId } });
      }
    }
    const group = (await loadModifierGroups(tx, actor.locationId, id))[0]!;
    await recordChange(tx, {
      by: actor,
      action: before ? 'menu.modifier_group_changed' : 'menu.modifier_group_created',
      entity: { type: 'ModifierGroup', id: id },
      ...(before ? { before } : {}),
      after: group,
      requestId,
      now,
      events: [
        menuUpdatedEvent(
          actor.locationId,
          { type: 'ModifierGroup', id: id },
          before ? 'menu.modifier_group_changed' : 'menu.modifier_group_created',
        ),
      ],
    });
    return group;
  });
}
