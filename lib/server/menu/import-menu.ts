import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '@/lib/db';
import { type MenuCsvError, readMenuCsv } from '@/lib/domain/menu-csv';
import type { TImportMenuBody, TImportMenuResponse } from '@/lib/schemas/menu-admin';
import type { Actor } from '../auth/actor';
import type { IdempotencyHold } from '../idempotency/idempotency-key';
import { assertPermission } from '../permissions';
import { menuUpdatedEvent } from '../write/events';
import { recordChange } from '../write/record-change';
import { writeTransaction } from '../write/write-transaction';
import { type MenuImportPlan, planMenuImport } from './plan-menu-import';

export type ImportMenuOptions = {
  db: Db;
  actor: Actor;
  input: TImportMenuBody;
  idempotency: IdempotencyHold | null;
  requestId: string;
  now: Date;
};

/** Thrown inside the import's transaction when the menu no longer takes the file: rolls it back. */
class ImportRefused extends Error {
  constructor(readonly answer: TImportMenuResponse) {
    super('The import was refused row by row');
  }
}

const byRow = (errors: MenuCsvError[]) => [...errors].sort((a, b) => a.row - b.row);

const refused = (errors: MenuCsvError[]): TImportMenuResponse => ({
  created: 0,
  updated: 0,
  unchanged: 0,
  categoriesCreated: 0,
  errors: byRow(errors),
});

const counts = (plan: MenuImportPlan): TImportMenuResponse => ({
  created: plan.creates.length,
  updated: plan.updates.length,
  unchanged: plan.unchanged,
  categoriesCreated: plan.newCategories.length,
  errors: [],
});

async function applyPlan(tx: DbOrTx, locationId: string, plan: MenuImportPlan) {
  const categoryIds = new Map<string, string>();
  const existingCategories = await tx.category.count({ where: { locationId } });
  for (const [offset, name] of plan.newCategories.entries()) {
    const { id } = await tx.category.create({
      data: { locationId, name, sortOrder: existingCategories + offset },
      select: { id: true },
    });
    categoryIds.set(name, id);
  }
  const nextSort = new Map<string, number>();
  for (const create of plan.creates) {
    const categoryId = 'id' in create.category ? create.category.id : categoryIds.get(create.category.name)!;
    const sortOrder = nextSort.get(categoryId) ?? (await tx.item.count({ where: { categoryId } }));
    nextSort.set(categoryId, sortOrder + 1);
    const id = randomUUID();
    await tx.item.create({ data: { id, locationId, categoryId, sortOrder, ...create.fields } });
    await linkGroups(tx, locationId, id, create.modifierGroupIds);
  }
  for (const update of plan.updates) {
    if (Object.keys(update.fields).length) await tx.item.update({ where: { id: update.itemId }, data: update.fields });
    if (update.modifierGroupIds) {
      await tx.itemModifierGroup.deleteMany({ where: { itemId: update.itemId } });
      await linkGroups(tx, locationId, update.itemId, update.modifierGroupIds);
    }
  }
}

async function linkGroups(tx: DbOrTx, locationId: string, itemId: string, groupIds: string[]) {
  if (!groupIds.length) return;
  await tx.itemModifierGroup.createMany({
    data: groupIds.map((groupId, sortOrder) => ({ locationId, itemId, groupId, sortOrder })),
  });
}

/**
 * Imports the menu from a CSV file, all or nothing: every row is checked (cells, then names
 * against the menu) and any problem means nothing is written and every problem is listed. A dry
 * run stops there and says what would change. Applying is one transaction and one audit row.
 */
export async function importMenu({
  db,
  actor,
  input,
  idempotency,
  requestId,
  now,
}: ImportMenuOptions): Promise<TImportMenuResponse> {
  assertPermission(actor, 'menu:manage');
  const { rows, errors } = readMenuCsv(input.csv);
  if (input.dryRun || errors.length) {
    const plan = await planMenuImport(db, actor.locationId, rows);
    idempotency?.markUnchanged();
    const all = [...errors, ...plan.errors];
    return all.length ? refused(all) : counts(plan);
  }
  try {
    return await writeTransaction(db, { idempotency, now }, async (tx) => {
      // One import at a time per location: two at once could each add the same new category.
      await tx.$queryRaw`SELECT 1 FROM "Location" WHERE "id" = ${actor.locationId}::uuid FOR UPDATE`;
      const plan = await planMenuImport(tx, actor.locationId, rows);
      if (plan.errors.length) throw new ImportRefused(refused(plan.errors));
      await applyPlan(tx, actor.locationId, plan);
      const answer = counts(plan);
      const isChanged = answer.created + answer.updated > 0;
      const { errors: _none, ...tally } = answer;
      await recordChange(tx, {
        by: actor,
        action: 'menu.imported',
        entity: { type: 'Location', id: actor.locationId },
        after: { rows: rows.length, ...tally },
        requestId,
        now,
        events: isChanged
          ? [menuUpdatedEvent(actor.locationId, { type: 'Location', id: actor.locationId }, 'menu.imported')]
          : [],
      });
      return answer;
    });
  } catch (error) {
    if (!(error instanceof ImportRefused)) throw error;
    idempotency?.markUnchanged();
    return error.answer;
  }
}
