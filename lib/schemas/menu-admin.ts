import { z } from 'zod';
import { MENU_CSV_MAX_CHARACTERS } from '@/lib/domain/menu-csv';
import { ZBps, ZPence, ZText, ZUuid } from './common';

const ZName = ZText.trim().min(1, 'Give it a name').max(60);
const ZVatRate = ZBps.describe('VAT rate in basis points: 2000 = 20 %, 500 = 5 %, 0 = zero-rated');

/** What a new item in the category starts with; null: no default (the item must say). */
const ZCategoryVat = {
  vatRateBps: ZVatRate.nullable().optional(),
  takeawayVatRateBps: ZVatRate.nullable().optional(),
};

export const ZCreateCategoryBody = z
  .object({ name: ZName, colour: ZText.trim().max(20).optional(), ...ZCategoryVat })
  .strict();
export const ZUpdateCategoryBody = z
  .object({
    name: ZName.optional(),
    colour: ZText.trim().max(20).optional(),
    ...ZCategoryVat,
    sortOrder: z.number().int().min(0).max(999).optional(),
    isArchived: z.boolean().optional(),
  })
  .strict();

export const ZCreateItemBody = z
  .object({
    categoryId: ZUuid,
    name: ZName,
    description: ZText.trim().max(300).default(''),
    pricePence: ZPence.max(1_000_000),
    /** Left out: the category's default (422 when it has none). */
    vatRateBps: ZVatRate.optional(),
    /** Left out: the category's takeaway default, else the eat-in rate. */
    takeawayVatRateBps: ZVatRate.optional(),
    stationId: ZUuid.nullable().default(null),
    modifierGroupIds: z.array(ZUuid).max(20).default([]),
    isAvailable: z.boolean().default(true),
  })
  .strict();
export type TCreateItemBody = z.infer<typeof ZCreateItemBody>;

export const ZUpdateItemBody = z
  .object({
    categoryId: ZUuid.optional(),
    name: ZName.optional(),
    description: ZText.trim().max(300).optional(),
    pricePence: ZPence.max(1_000_000).optional(),
    vatRateBps: ZVatRate.optional(),
    takeawayVatRateBps: ZVatRate.optional(),
    stationId: ZUuid.nullable().optional(),
    modifierGroupIds: z.array(ZUuid).max(20).optional(),
    /** false = 86'd: sold out on every till at once. */
    isAvailable: z.boolean().optional(),
    isArchived: z.boolean().optional(),
  })
  .strict();
export type TUpdateItemBody = z.infer<typeof ZUpdateItemBody>;

const ZModifierInput = z
  .object({ id: ZUuid.optional(), name: ZName, priceDeltaPence: z.number().int().min(-100_000).max(100_000) })
  .strict();

const groupRules = <T extends { min?: number; max?: number; modifiers?: unknown[] }>(
  body: T,
  context: z.RefinementCtx,
) => {
  if (body.min !== undefined && body.max !== undefined && body.min > body.max) {
    context.addIssue({ code: 'custom', path: ['min'], message: 'The minimum cannot be above the maximum' });
  }
  if (body.min !== undefined && body.modifiers && body.min > body.modifiers.length) {
    context.addIssue({ code: 'custom', path: ['min'], message: 'The minimum cannot be above the number of options' });
  }
};

export const ZCreateModifierGroupBody = z
  .object({
    name: ZName,
    min: z.number().int().min(0).max(20),
    max: z.number().int().min(1).max(20),
    modifiers: z.array(ZModifierInput).min(1).max(40),
  })
  .strict()
  .superRefine(groupRules);
export type TCreateModifierGroupBody = z.infer<typeof ZCreateModifierGroupBody>;

/** `modifiers` replaces the list: options left out stop being offered (kept for old orders). */
export const ZUpdateModifierGroupBody = z
  .object({
    name: ZName.optional(),
    min: z.number().int().min(0).max(20).optional(),
    max: z.number().int().min(1).max(20).optional(),
    modifiers: z.array(ZModifierInput).min(1).max(40).optional(),
  })
  .strict()
  .superRefine(groupRules);
export type TUpdateModifierGroupBody = z.infer<typeof ZUpdateModifierGroupBody>;

export const ZStationBody = z.object({ name: ZName }).strict();

export const ZAdminModifierGroup = z.object({
  id: ZUuid,
  name: z.string(),
  min: z.number().int(),
  max: z.number().int(),
  modifiers: z.array(z.object({ id: ZUuid, name: z.string(), priceDeltaPence: z.number().int() })),
  itemCount: z.number().int(),
});
export const ZModifierGroupsResponse = z.object({ groups: z.array(ZAdminModifierGroup) });
export type TModifierGroupsResponse = z.infer<typeof ZModifierGroupsResponse>;
export const ZModifierGroupResponse = z.object({ group: ZAdminModifierGroup });

export const ZCategoryResponse = z.object({
  category: z.object({
    id: ZUuid,
    name: z.string(),
    colour: z.string(),
    sortOrder: z.number().int(),
    isArchived: z.boolean(),
    vatRateBps: ZBps.nullable(),
    takeawayVatRateBps: ZBps.nullable(),
  }),
});
export const ZStationResponse = z.object({ station: z.object({ id: ZUuid, name: z.string() }) });
export const ZAdminItem = z.object({
  id: ZUuid,
  categoryId: ZUuid,
  name: z.string(),
  description: z.string(),
  pricePence: ZPence,
  vatRateBps: ZBps,
  takeawayVatRateBps: ZBps,
  stationId: ZUuid.nullable(),
  modifierGroupIds: z.array(ZUuid),
  isAvailable: z.boolean(),
  isArchived: z.boolean(),
});
export type TAdminItem = z.infer<typeof ZAdminItem>;
export const ZItemResponse = z.object({ item: ZAdminItem });

export const ZImportMenuBody = z
  .object({
    csv: ZText.max(MENU_CSV_MAX_CHARACTERS, 'The file is larger than 512 KB; split it into smaller files').describe(
      'The menu as CSV, one row per item (the columns of GET /api/v1/menu/export)',
    ),
    /** true: check the file and count what would change, writing nothing. */
    dryRun: z.boolean().default(false),
  })
  .strict();
export type TImportMenuBody = z.infer<typeof ZImportMenuBody>;

export const ZImportMenuResponse = z.object({
  /** Items added (0 when any row has an error: nothing is applied). */
  created: z.number().int(),
  /** Items whose row changed something. */
  updated: z.number().int(),
  /** Rows that match an item exactly: nothing to change. */
  unchanged: z.number().int(),
  /** New categories the rows name. */
  categoriesCreated: z.number().int(),
  /** Every problem found; when there are any, nothing was applied. Row 1 is the header. */
  errors: z.array(z.object({ row: z.number().int(), column: z.string().optional(), message: z.string() })),
});
export type TImportMenuResponse = z.infer<typeof ZImportMenuResponse>;

/** The export's answer is the CSV file itself (text/csv), not JSON. */
export const ZMenuCsv = z.string().meta({ contentMediaType: 'text/csv' });
