import 'server-only';
import type { z } from 'zod';
import type { Db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { ZCategoryResponse, ZCreateCategoryBody, ZUpdateCategoryBody } from '@/lib/schemas/menu-admin';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';
import { menuUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';

type Category = z.infer<typeof ZCategoryResponse>['category'];
const SELECT = {
  id: true,
  name: true,
  colour: true,
  sortOrder: true,
  isArchived: true,
  vatRateBps: true,
  takeawayVatRateBps: true,
} as const;

export type SaveCategoryOptions = { db: Db; actor: Actor; requestId: string; now: Date } & (
  | { categoryId?: undefined; input: z.infer<typeof ZCreateCategoryBody> }
  | { categoryId: string; input: z.infer<typeof ZUpdateCategoryBody> }
);

/** Adds a menu category (at the end) or changes one of this location's. */
export async function saveCategory({
  db,
  actor,
  categoryId,
  input,
  requestId,
  now,
}: SaveCategoryOptions): Promise<Category> {
  assertPermission(actor, 'menu:manage');
  return writeTransaction(db, { now }, async (tx) => {
    if (!categoryId) {
      const count = await tx.category.count({ where: { locationId: actor.locationId } });
      const category = await tx.category.create({
        data: {
          locationId: actor.locationId,
          name: input.name!,
          colour: input.colour ?? 'slate',
          vatRateBps: input.vatRateBps ?? null,
          takeawayVatRateBps: input.takeawayVatRateBps ?? null,
          sortOrder: count,
        },
        select: SELECT,
      });
      await recordChange(tx, {
        by: actor,
        action: 'menu.category_created',
        entity: { type: 'Category', id: category.id },
        after: category,
        requestId,
        now,
        events: [menuUpdatedEvent(actor.locationId, { type: 'Category', id: category.id }, 'menu.category_created')],
      });
      return category;
    }
    const before = await tx.category.findFirst({
      where: { id: categoryId, locationId: actor.locationId },
      select: SELECT,
    });
    if (!before) throw new AppError('NOT_FOUND', { message: 'No such category at this location' });
    const category = await tx.category.update({ where: { id: categoryId }, data: input, select: SELECT });
    await recordChange(tx, {
      by: actor,
      action: 'menu.category_changed',
      entity: { type: 'Category', id: categoryId },
      before,
      after: category,
      requestId,
      now,
      events: [menuUpdatedEvent(actor.locationId, { type: 'Category', id: categoryId }, 'menu.category_changed')],
    });
    return category;
  });
}
