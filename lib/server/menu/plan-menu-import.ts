import 'server-only';
import type { DbOrTx } from '@/lib/db';
import type { MenuCsvError, MenuCsvRow } from '@/lib/domain/menu-csv';
import { newItemVatRates } from '@/lib/domain/vat-defaults';

/** The fields of an item a row can set. */
export type ImportedItemFields = {
  name: string;
  description: string;
  pricePence: number;
  vatRateBps: number;
  takeawayVatRateBps: number;
  stationId: string | null;
  isAvailable: boolean;
  barcode: string | null;
};

/** What an import will do, worked out against the location's menu before anything is written. */
export type MenuImportPlan = {
  errors: MenuCsvError[];
  /** Categories to add, as the first row naming each spells it. */
  newCategories: string[];
  /** Items to add; `category` is an existing category's id or a new category's name. */
  creates: { category: { id: string } | { name: string }; fields: ImportedItemFields; modifierGroupIds: string[] }[];
  /** Items to change: only the fields that differ; `modifierGroupIds` when the list differs. */
  updates: { itemId: string; fields: Partial<ImportedItemFields>; modifierGroupIds?: string[] }[];
  unchanged: number;
};

type Named = { id: string; name: string };

/** Case-insensitive lookup by name; several hits mean the name is ambiguous. */
function index<T extends Named>(rows: readonly T[]): (name: string) => T[] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.name.trim().toLowerCase();
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return (name) => map.get(name.trim().toLowerCase()) ?? [];
}

async function loadMenu(db: DbOrTx, locationId: string) {
  const [categories, stations, groups, items] = await Promise.all([
    db.category.findMany({
      where: { locationId, isArchived: false },
      select: { id: true, name: true, vatRateBps: true, takeawayVatRateBps: true },
    }),
    db.station.findMany({ where: { locationId }, select: { id: true, name: true } }),
    db.modifierGroup.findMany({ where: { locationId }, select: { id: true, name: true } }),
    db.item.findMany({
      where: { locationId, isArchived: false, category: { isArchived: false } },
      include: { modifierGroups: { select: { groupId: true }, orderBy: { sortOrder: 'asc' } } },
    }),
  ]);
  return { categories, stations, groups, items };
}

/**
 * Matches each row to the menu: category by name (a new name adds a category), item by name within
 * its category (found: update, else add), station and modifier groups by name (an unknown or
 * ambiguous name is an error on that row). Names match whatever their case. Writes nothing.
 */
export async function planMenuImport(db: DbOrTx, locationId: string, rows: readonly MenuCsvRow[]) {
  const menu = await loadMenu(db, locationId);
  const findCategory = index(menu.categories);
  const findStation = index(menu.stations);
  const findGroup = index(menu.groups);
  const plan: MenuImportPlan = { errors: [], newCategories: [], creates: [], updates: [], unchanged: 0 };
  const newCategories = new Map<string, string>();

  for (const row of rows) {
    const fail = (column: string, message: string) => plan.errors.push({ row: row.row, column, message });
    const categories = findCategory(row.category);
    if (categories.length > 1) fail('category', `Two categories are called "${row.category}"; rename one first`);
    let stationId: string | null | undefined = row.station === null ? null : undefined;
    if (row.station) {
      const found = findStation(row.station);
      if (found.length === 1) stationId = found[0]!.id;
      else if (found.length === 0)
        fail('station', `No station is called "${row.station}"; add it under Stations first`);
      else fail('station', `Two stations are called "${row.station}"; rename one first`);
    }
    const modifierGroupIds = row.modifierGroups?.map((name) => {
      const found = findGroup(name);
      if (found.length === 0) fail('modifier_groups', `No modifier group is called "${name}"`);
      if (found.length > 1) fail('modifier_groups', `Two modifier groups are called "${name}"; rename one first`);
      return found[0]?.id ?? '';
    });
    const category = categories[0];
    const matches = category
      ? menu.items.filter(
          (item) => item.categoryId === category.id && item.name.toLowerCase() === row.name.toLowerCase(),
        )
      : [];
    if (matches.length > 1) fail('name', `Two items in "${row.category}" are called "${row.name}"; rename one first`);
    const existing = matches[0];
    // A new item's VAT: the row's, else its category's defaults (a category the file adds has none).
    const vat = existing ? null : newItemVatRates(row, category ?? null);
    if (!existing) {
      if (row.pricePence === undefined) fail('price', 'A new item needs a price');
      if (!vat) fail('vat_eat_in', 'A new item needs its eat-in VAT rate (its category has no default)');
    }
    if (plan.errors.some((error) => error.row === row.row)) continue;

    if (!existing) {
      if (!category && !newCategories.has(row.category.toLowerCase()))
        newCategories.set(row.category.toLowerCase(), row.category);
      plan.creates.push({
        category: category ? { id: category.id } : { name: newCategories.get(row.category.toLowerCase())! },
        fields: {
          name: row.name,
          description: row.description ?? '',
          pricePence: row.pricePence!,
          ...vat!,
          stationId: stationId ?? null,
          isAvailable: row.isAvailable ?? true,
          barcode: row.barcode ?? null,
        },
        modifierGroupIds: modifierGroupIds ?? [],
      });
      continue;
    }
    const wanted: Partial<ImportedItemFields> = {
      name: row.name,
      description: row.description,
      pricePence: row.pricePence,
      vatRateBps: row.vatRateBps,
      takeawayVatRateBps: row.takeawayVatRateBps,
      stationId,
      isAvailable: row.isAvailable,
      barcode: row.barcode,
    };
    const fields = Object.fromEntries(
      Object.entries(wanted).filter(
        ([key, value]) => value !== undefined && value !== existing[key as keyof ImportedItemFields],
      ),
    ) as Partial<ImportedItemFields>;
    const currentGroups = existing.modifierGroups.map((link) => link.groupId);
    const groupsChanged = modifierGroupIds !== undefined && modifierGroupIds.join() !== currentGroups.join();
    if (Object.keys(fields).length === 0 && !groupsChanged) plan.unchanged += 1;
    else plan.updates.push({ itemId: existing.id, fields, ...(groupsChanged ? { modifierGroupIds } : {}) });
  }
  plan.newCategories = [...newCategories.values()];
  return plan;
}
