import 'server-only';
import type { DbOrTx } from '@/lib/db';
import { writeMenuCsv } from '@/lib/domain/menu-csv';
import type { Actor } from '../auth/actor';
import { assertPermission } from '../permissions';

export type ExportMenuOptions = { db: DbOrTx; actor: Actor };

/**
 * The location's menu as CSV, in display order, archived categories and items left out (as the
 * tills show it), with a file name for the download.
 */
export async function exportMenu({ db, actor }: ExportMenuOptions): Promise<{ csv: string; filename: string }> {
  assertPermission(actor, 'menu:manage');
  const [location, categories] = await Promise.all([
    db.location.findUniqueOrThrow({ where: { id: actor.locationId }, select: { slug: true } }),
    db.category.findMany({
      where: { locationId: actor.locationId, isArchived: false },
      orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      select: {
        name: true,
        items: {
          where: { isArchived: false },
          orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
          include: {
            station: { select: { name: true } },
            modifierGroups: { orderBy: { sortOrder: 'asc' }, select: { group: { select: { name: true } } } },
          },
        },
      },
    }),
  ]);
  const csv = writeMenuCsv(
    categories.flatMap((category) =>
      category.items.map((item) => ({
        category: category.name,
        name: item.name,
        description: item.description,
        pricePence: item.pricePence,
        vatRateBps: item.vatRateBps,
        takeawayVatRateBps: item.takeawayVatRateBps,
        station: item.station?.name ?? null,
        modifierGroups: item.modifierGroups.map((link) => link.group.name),
        isAvailable: item.isAvailable,
        barcode: item.barcode,
      })),
    ),
  );
  // The slug goes into a header: anything but letters, digits and dashes is dropped.
  return { csv, filename: `menu-${location.slug.replace(/[^a-z0-9-]/gi, '')}.csv` };
}
